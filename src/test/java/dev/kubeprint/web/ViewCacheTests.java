package dev.kubeprint.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** One computation per key and version however many readers ask at once; a failure is not kept. */
class ViewCacheTests {

	private final ViewCache cache = new ViewCache(16);

	private final ViewCache.Key key = new ViewCache.Key("demo", "page:", "en");

	@Test
	void readersOfAVersionBeingComputedWaitForItInsteadOfComputingItAgain() throws Exception {
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get(key, 7, () -> {
			computations.incrementAndGet();
			await().until(() -> release.getCount() == 0);
			return "view";
		}));
		await().until(() -> computations.get() == 1);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get(key, 7, () -> {
			computations.incrementAndGet();
			return "again";
		}));
		release.countDown();
		assertThat(first.get()).isEqualTo("view");
		assertThat(second.get()).isEqualTo("view");
		assertThat(computations).hasValue(1);
		assertThat(cache.<String>get(key, 8, () -> "newer")).isEqualTo("newer");
		assertThat(cache.<String>get(key, 7, () -> "older, alone")).isEqualTo("older, alone");
		assertThat(cache.<String>get(key, 8, () -> "not again")).isEqualTo("newer");
	}

	@Test
	void aFailedComputationIsTriedAgainByTheNextReader() {
		assertThatThrownBy(() -> cache.get(key, 1, () -> {
			throw new IllegalArgumentException("broken facts");
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("broken facts");
		assertThat(cache.<String>get(key, 1, () -> "fine")).isEqualTo("fine");
	}

}
