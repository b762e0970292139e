package dev.kubeprint.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.kubeprint.web.PanelCache.Key;
import dev.kubeprint.web.PanelCache.Stamp;

import static org.assertj.core.api.Assertions.assertThat;

/** A panel is cut once per stamp and key; only the newest stamp of a key is kept, within the capacity. */
class PanelCacheTests {

	private final AtomicInteger cuts = new AtomicInteger();

	private final PanelCache cache = new PanelCache(4);

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

	/**
	 * While one reader cuts a new stamp, the others get the previous cut of the panel at once instead of all waiting
	 * for it; the reader who cuts gets the new one, and so does everyone once it is done.
	 */
	@Test
	void readersArrivingWhileANewStampIsCutGetThePreviousCut() throws Exception {
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState previous = cache.get(key, new Stamp(1, 0), this::cut);
		CountDownLatch cutting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<PanelState> cutter = CompletableFuture.supplyAsync(() -> cache.get(key, new Stamp(2, 0), () -> {
			cutting.countDown();
			await(release);
			return cut();
		}));
		assertThat(cutting.await(30, TimeUnit.SECONDS)).as("the new stamp is being cut").isTrue();

		// Asked on another thread with a bound, so that a reader who waits fails the test instead of hanging it.
		CompletableFuture<PanelState> reader = CompletableFuture.supplyAsync(() -> cache.get(key, new Stamp(2, 0), () -> {
			throw new AssertionError("a second reader of the same stamp must not cut it again");
		}));
		try {
			assertThat(reader.get(10, TimeUnit.SECONDS)).isSameAs(previous);
		}
		finally {
			release.countDown();
		}
		PanelState fresh = cutter.get(30, TimeUnit.SECONDS);
		assertThat(fresh).isNotSameAs(previous);
		assertThat(cache.get(key, new Stamp(2, 0), this::cut)).isSameAs(fresh);
		assertThat(cuts).hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aLateCutOfAnOlderStampDoesNotReplaceTheNewer() {
		Key key = new Key("demo", "diagram", "en", 1);
		PanelState newer = cache.get(key, new Stamp(5, 0), this::cut);
		cache.get(key, new Stamp(4, 9), this::cut);
		assertThat(cache.get(key, new Stamp(5, 0), this::cut)).isSameAs(newer);
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
