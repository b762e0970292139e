package dev.kubeprint.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One computation per key and version however many readers ask at once; a reader who shows the view alone is given a
 * newer one rather than computing an older one; a failure is not kept.
 */
class ViewCacheTests {

	private final ViewCache cache = new ViewCache(16);

	private final ViewCache.Key key = new ViewCache.Key("demo", "page:", "en");

	/** Threads of their own: the common pool has one thread on two cores and would run the readers in turn. */
	private final ExecutorService readers = Executors.newFixedThreadPool(24);

	@AfterEach
	void stopReaders() {
		readers.shutdownNow();
	}

	@Test
	void readersOfAVersionBeingComputedWaitForItInsteadOfComputingItAgain() throws Exception {
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get(key, 7, () -> {
			computations.incrementAndGet();
			await().until(() -> release.getCount() == 0);
			return "view";
		}), readers);
		await().until(() -> computations.get() == 1);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get(key, 7, () -> {
			computations.incrementAndGet();
			return "again";
		}), readers);
		release.countDown();
		assertThat(first.get()).isEqualTo("view");
		assertThat(second.get()).isEqualTo("view");
		assertThat(computations).hasValue(1);
		assertThat(cache.<String>get(key, 8, () -> "newer")).isEqualTo("newer");
		assertThat(cache.<String>get(key, 8, () -> "not again")).isEqualTo("newer");
	}

	/**
	 * Readers who took their facts just before a new version once computed whole analyses each, alone, so as not to
	 * replace the newer result: under load that melted the app down. They are given the newest result instead.
	 */
	@Test
	void readersOfAnOlderVersionWhoShowTheViewAloneAreGivenTheNewestInsteadOfComputingAlone() throws Exception {
		assertThat(cache.<String>get(key, 7, () -> "seven")).isEqualTo("seven");
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> newest = CompletableFuture.supplyAsync(() -> cache.get(key, 9, () -> {
			computations.incrementAndGet();
			await().until(() -> release.getCount() == 0);
			return "nine";
		}), readers);
		await().until(() -> computations.get() == 1);
		List<CompletableFuture<String>> late = IntStream.range(0, 20)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> cache.<String>orNewer(key, 8, () -> {
				computations.incrementAndGet();
				return "eight, alone";
			}), readers))
			.toList();
		await().during(Duration.ofMillis(200)).until(() -> late.stream().noneMatch(CompletableFuture::isDone));
		release.countDown();
		assertThat(newest.get()).isEqualTo("nine");
		for (CompletableFuture<String> reader : late) {
			assertThat(reader.get()).isEqualTo("nine");
		}
		assertThat(computations).hasValue(1);
	}

	/** An input read beside older facts must be of those facts: computed alone, and the newest view stays. */
	@Test
	void aComputationReadingAnOlderVersionGetsExactlyThatVersion() {
		assertThat(cache.<String>get(key, 9, () -> "nine")).isEqualTo("nine");
		assertThat(cache.<String>get(key, 8, () -> "eight, alone")).isEqualTo("eight, alone");
		assertThat(cache.<String>get(key, 9, () -> "not again")).isEqualTo("nine");
		assertThat(cache.<String>orNewer(key, 8, () -> "not computed")).isEqualTo("nine");
	}

	@Test
	void aViewNeverStandsInForANewerOneBeingComputed() throws Exception {
		cache.get(key, 1, () -> "one");
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger computing = new AtomicInteger();
		CompletableFuture<String> two = CompletableFuture.supplyAsync(() -> cache.get(key, 2, () -> {
			computing.incrementAndGet();
			await().until(() -> release.getCount() == 0);
			return "two";
		}), readers);
		await().until(() -> computing.get() == 1);
		CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> cache.get(key, 2, () -> "again"),
				readers);
		await().during(Duration.ofMillis(200)).until(() -> !reader.isDone());
		release.countDown();
		assertThat(reader.get()).isEqualTo("two");
	}

	@Test
	void aFailedComputationIsTriedAgainByTheNextReader() {
		assertThatThrownBy(() -> cache.get(key, 1, () -> {
			throw new IllegalArgumentException("broken facts");
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("broken facts");
		assertThat(cache.<String>get(key, 1, () -> "fine")).isEqualTo("fine");
	}

}
