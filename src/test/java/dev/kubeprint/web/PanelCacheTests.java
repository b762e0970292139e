package dev.kubeprint.web;

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
