package dev.kubeprint.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestClock;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages read the alert states as the rules' tick last evaluated them: a reader does not evaluate newer facts itself
 * (at 150,000 pods every reader of the overview once waited on that), unless the tick is ten ticks late.
 */
class AlertMonitorTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-11-20T08:01:00Z"));

	private final ClusterFacts first = TestFacts.demo();

	private final ClusterFacts second = first.withVersion(first.version() + 1, first.observedAt());

	private final AlertMonitor monitor = new AlertMonitor(() -> List.of(second), new ReferenceCatalog().alertRules(),
			Texts.of(Locale.ENGLISH).messages(), clock, Duration.ofSeconds(1));

	@Test
	void readersAreShownTheLastEvaluationWhileTheTickIsOnTime() {
		assertThat(monitor.current(first).version()).isEqualTo(first.version());

		clock.advance(Duration.ofSeconds(9));
		assertThat(monitor.recent(second).version()).as("evaluated nine ticks ago: shown as it was")
			.isEqualTo(first.version());
		monitor.evaluateAll();
		assertThat(monitor.recent(second).version()).as("the tick stepped it").isEqualTo(second.version());
	}

	@Test
	void aReaderStepsTheStatesWhenTheTickIsTenTicksLate() {
		monitor.current(first);
		clock.advance(Duration.ofSeconds(11));
		assertThat(monitor.recent(second).version()).isEqualTo(second.version());
		assertThat(monitor.recent(second).evaluatedAt()).isEqualTo(clock.instant());
	}

}
