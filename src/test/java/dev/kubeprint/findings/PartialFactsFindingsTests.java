package dev.kubeprint.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.ListProgress;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.web.PanelRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check family of the app, run on the demo's facts while one kind is still on its first list, as a live
 * source publishes them: the kind is LOADING with its progress and no items. No check may then conclude "ok" from
 * the missing items: every "ok" finding must be one the complete facts give too, word for word, so that nothing
 * reassuring ("no pod Pending", "0 of 0 nodes NotReady") rests on a list half read.
 */
@SpringBootTest(properties = "kubeprint.clusters[0].demo=true")
class PartialFactsFindingsTests {

	private static final AtomicLong VERSIONS = new AtomicLong(1_000_000);

	@Autowired
	List<CheckFamily> families;

	@Autowired
	PanelRenderer renderer;

	static Stream<String> kinds() {
		return FactKind.ALL.stream().map(FactKind::resourceName);
	}

	/** Every kind in turn, pods and nodes first among them, as the checks read those most. */
	@ParameterizedTest
	@MethodSource("kinds")
	void noFamilyConcludesOkFromAKindStillListing(String resource) {
		FactKind<?> kind = FactKind.ALL.stream().filter((k) -> k.resourceName().equals(resource)).findFirst().orElseThrow();
		ClusterFacts complete = renumbered(TestFacts.demo(), Map.of());
		ClusterFacts partial = renumbered(complete, Map.of(kind, listing(kind)));
		assertThat(families).hasSizeGreaterThan(5);
		List<String> violations = new ArrayList<>();
		for (CheckFamily family : families) {
			Map<String, Finding> full = byId(renderer.view(complete, family.analysis(), Locale.ENGLISH));
			for (Finding f : renderer.view(partial, family.analysis(), Locale.ENGLISH)) {
				if (f.level() != FindingLevel.OK) {
					continue;
				}
				Finding whole = full.get(f.check() + "|" + f.subject());
				if (whole == null || whole.level() != FindingLevel.OK || !whole.summary().equals(f.summary())) {
					violations.add(family.name() + ": " + f.check() + " [" + f.subject() + "] " + f.summary()
							+ " — with " + resource + " complete: " + (whole == null ? "no such finding"
									: whole.level() + " " + whole.summary()));
				}
			}
		}
		assertThat(violations).as("ok conclusions drawn while %s is still listing", resource).isEmpty();
	}

	/** The kind as a live source publishes it during its first list: loading, how far it has come, no items. */
	private static <T> KindFacts<T> listing(FactKind<T> kind) {
		Instant now = Instant.parse("2026-11-20T08:00:00Z");
		ListProgress progress = new ListProgress(12_000, 110_000_000, 24, 150_000, now.minusSeconds(3), now, 0);
		return new KindFacts<>(kind, Availability.listing(progress.describe()), List.of(), null, 0,
				Optional.of(progress));
	}

	private static ClusterFacts renumbered(ClusterFacts base, Map<FactKind<?>, KindFacts<?>> replaced) {
		Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>(base.kinds());
		kinds.putAll(replaced);
		return new ClusterFacts(base.cluster(), VERSIONS.incrementAndGet(), base.observedAt(), kinds,
				base.serverVersion(), base.versionAvailability(), base.problems(), base.probes(), base.capturedAt());
	}

	private static Map<String, Finding> byId(List<Finding> findings) {
		Map<String, Finding> map = new HashMap<>();
		findings.forEach((f) -> map.putIfAbsent(f.check() + "|" + f.subject(), f));
		return map;
	}

}
