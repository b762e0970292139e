package dev.kubeprint.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kubeprint.web.PanelCache.Key;
import dev.kubeprint.web.PanelCache.Stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A panel is cut once per stamp and key; only the newest stamp of a key is kept, within the capacity; while a newer
 * stamp is cut, the previous cut answers for as long as the caller lets it.
 */
class PanelCacheTests {

	private final AtomicInteger cuts = new AtomicInteger();

	private final PanelCache cache = new PanelCache(4);

	/** Threads of their own: the common pool has one thread on two cores and would run the readers in turn. */
	private final ExecutorService readers = Executors.newFixedThreadPool(4);

	@Test
	void theSameStampIsALookupAndANewOneCutsAgain() {
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState first = cache.get(key, new Stamp(1, 0), this::cut);
		assertThat(cache.get(key, new Stamp(1, 0), this::cut)).isSameAs(first);
		assertThat(cuts).hasValue(1);

		PanelState newFacts = cache.get(key, new Stamp(2, 0), this::cut);
		PanelState newRevision = cache.get(key, new Stamp(2, 1), this::cut);
		assertThat(newFacts).isNotSameAs(first);
		assertThat(newRevision).isNotSameAs(newFacts);
		assertThat(cache.get(key, new Stamp(2, 1), this::cut)).isSameAs(newRevision);
		assertThat(cuts).hasValue(3);
	}

	@Test
	void eachLanguageAndPageIsItsOwnCut() {
		PanelState english = cache.get(new Key("demo", "chains", "en", 1), new Stamp(1, 0), this::cut);
		PanelState chinese = cache.get(new Key("demo", "chains", "zh-CN", 1), new Stamp(1, 0), this::cut);
		PanelState second = cache.get(new Key("demo", "chains", "en", 2), new Stamp(1, 0), this::cut);
		assertThat(english).isNotSameAs(chinese).isNotSameAs(second);
		assertThat(cache.get(new Key("demo", "chains", "zh-CN", 1), new Stamp(1, 0), this::cut)).isSameAs(chinese);
		assertThat(cuts).hasValue(3);
	}

	@Test
	void aReaderOfAnOlderStampIsGivenTheNewerCut() {
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState newer = cache.get(key, new Stamp(5, 0), this::cut);
		assertThat(cache.get(key, new Stamp(4, 9), this::cut)).isSameAs(newer);
		assertThat(cache.get(key, new Stamp(5, 0), this::cut)).isSameAs(newer);
		assertThat(cuts).hasValue(1);
	}

	@Test
	void whileANewerStampIsCutThePreviousCutAnswersWithinTheLag() throws Exception {
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState previous = cache.get(key, new Stamp(1, 0), this::cut);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<PanelState> slow = slowCut(key, new Stamp(2, 0), release);

		assertThat(cache.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut)).isSameAs(previous);
		assertThat(cache.get(key, new Stamp(1, 0), Duration.ZERO, this::cut)).as("as new as asked").isSameAs(previous);
		CompletableFuture<PanelState> exact = CompletableFuture
			.supplyAsync(() -> cache.get(key, new Stamp(2, 0), Duration.ZERO, this::cut), readers);
		CompletableFuture<PanelState> tooOld = CompletableFuture
			.supplyAsync(() -> cache.get(key, new Stamp(2, 0), Duration.ofNanos(1), this::cut), readers);
		await().during(Duration.ofMillis(200)).until(() -> !exact.isDone() && !tooOld.isDone());

		release.countDown();
		PanelState cut = slow.get();
		assertThat(exact.get()).isSameAs(cut);
		assertThat(tooOld.get()).isSameAs(cut);
		assertThat(cache.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut)).as("once cut, the new one")
			.isSameAs(cut);
		assertThat(cuts).as("the slow cut and the first").hasValue(2);
	}

	@Test
	void aFailedCutIsNotKeptAndThePreviousNoLongerStandsIn() {
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState previous = cache.get(key, new Stamp(1, 0), this::cut);
		assertThatThrownBy(() -> cache.get(key, new Stamp(2, 0), Duration.ofMinutes(1), () -> {
			throw new IllegalStateException("broken facts");
		})).hasMessage("broken facts");
		PanelState retried = cache.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut);
		assertThat(retried).isNotSameAs(previous);
	}

	@Test
	void withABackgroundTheNewerCutIsMadeThereOnceWhileThePreviousAnswers() {
		List<Runnable> queued = new ArrayList<>();
		PanelCache background = new PanelCache(4, queued::add);
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState previous = background.get(key, new Stamp(1, 0), Duration.ofMinutes(1), this::cut);

		assertThat(background.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut)).isSameAs(previous);
		assertThat(background.get(key, new Stamp(3, 0), Duration.ofMinutes(1), this::cut)).isSameAs(previous);
		assertThat(queued).as("one cut at a time per key").hasSize(1);
		assertThat(cuts).hasValue(1);

		queued.remove(0).run();
		assertThat(cuts).hasValue(2);
		PanelState two = background.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut);
		assertThat(two).isNotSameAs(previous);
		assertThat(background.get(key, new Stamp(3, 0), Duration.ofMinutes(1), this::cut)).as("3 is cut next")
			.isSameAs(two);
		assertThat(queued).hasSize(1);
	}

	@Test
	void aReaderWhoMayNotBeAnsweredByThePreviousCutMakesTheQueuedOneItself() {
		List<Runnable> queued = new ArrayList<>();
		PanelCache background = new PanelCache(4, queued::add);
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState previous = background.get(key, new Stamp(1, 0), Duration.ofMinutes(1), this::cut);
		assertThat(background.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut)).isSameAs(previous);

		PanelState exact = background.get(key, new Stamp(2, 0), Duration.ZERO, this::cut);
		assertThat(exact).isNotSameAs(previous);
		queued.forEach(Runnable::run);
		assertThat(cuts).as("the queued cut was made once, by the reader").hasValue(2);
		assertThat(background.get(key, new Stamp(2, 0), Duration.ofMinutes(1), this::cut)).isSameAs(exact);
	}

	private CompletableFuture<PanelState> slowCut(Key key, Stamp stamp, CountDownLatch release) {
		AtomicInteger started = new AtomicInteger();
		CompletableFuture<PanelState> slow = CompletableFuture.supplyAsync(() -> cache.get(key, stamp, () -> {
			started.incrementAndGet();
			await().until(() -> release.getCount() == 0);
			return cut();
		}), readers);
		await().until(() -> started.get() == 1);
		return slow;
	}

	@AfterEach
	void stopReaders() {
		readers.shutdownNow();
	}

	@Test
	void invitedLanguagesCannotGrowItPastItsCapacity() {
		Key kept = new Key("demo", "diagram", "en", 1);
		cache.get(kept, new Stamp(1, 0), this::cut);
		for (int i = 0; i < 100; i++) {
			cache.get(new Key("demo", "diagram", "x-" + i, 1), new Stamp(1, 0), this::cut);
		}
		int before = cuts.get();
		cache.get(kept, new Stamp(1, 0), this::cut);
		assertThat(cuts).as("the oldest entries went").hasValue(before + 1);
	}

	private PanelState cut() {
		cuts.incrementAndGet();
		return new PanelState("diagram", "t", "f", new Object(), "etag", "", "", null, new PanelRenderings(null));
	}

}
