package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stay bounded whatever the source: Warnings and a few reasons, the newest 2,000, the rest counted. */
class EventBoundTests {

	private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	private static EventFact event(int i, String type, String reason) {
		return new EventFact("default", "e-" + i, type, "Pod", "p-" + i, reason, "m", 1, T0, T0.plusSeconds(i),
				"kubelet");
	}

	@Test
	void onlyTheNewestKeptAreKeptAndTheRestCounted() {
		List<EventFact> events = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			events.add(event(i, "Warning", "BackOff"));
		}
		KindFacts<EventFact> kind = new KindFacts<>(FactKind.EVENTS, Availability.ok(), events, T0);
		assertThat(kind.items()).hasSize(EventBound.KEPT);
		assertThat(kind.dropped()).isEqualTo(500);
		assertThat(kind.items().get(0).name()).isEqualTo("e-2499");
		assertThat(kind.items()).noneMatch((e) -> e.name().equals("e-499"));
	}

	@Test
	void normalEventsAreKeptOnlyForTheReasonsThePageReads() {
		List<EventFact> events = List.of(event(1, "Normal", "Pulled"), event(2, "Normal", "NodeNotReady"),
				event(3, "Normal", "TaintManagerEviction"), event(4, "Warning", "SomethingNew"));
		KindFacts<EventFact> kind = new KindFacts<>(FactKind.EVENTS, Availability.ok(), events, T0);
		assertThat(kind.items()).extracting(EventFact::reason)
			.containsExactly("SomethingNew", "TaintManagerEviction", "NodeNotReady");
		assertThat(kind.dropped()).isZero();
	}

	@Test
	void otherKindsAreNeverCut() {
		KindFacts<NamespaceFact> kind = new KindFacts<>(FactKind.NAMESPACES, Availability.ok(), List.of(), T0);
		assertThat(kind.dropped()).isZero();
	}

}
