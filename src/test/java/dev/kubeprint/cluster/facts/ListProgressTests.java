package dev.kubeprint.cluster.facts;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The estimate is made only from what the server said, and rates from what arrived, never guessed. */
class ListProgressTests {

	private static final Instant START = Instant.parse("2026-11-20T08:00:00Z");

	@Test
	void withRemainingItemCountTheTotalAndTimeLeftFollowFromTheRateSoFar() {
		ListProgress p = new ListProgress(30_000, 282_000_000, 60, 150_000, START, START.plusSeconds(10), 0);

		assertThat(p.estimable()).isTrue();
		assertThat(p.objectsPerSecond()).isEqualTo(3_000);
		assertThat(p.bytesPerSecond()).isEqualTo(28_200_000);
		assertThat(p.percent()).isEqualTo(20);
		assertThat(p.secondsLeft()).isEqualTo(40);
		assertThat(p.describe()).isEqualTo("listing: 30,000 objects so far of ~150,000");
	}

	@Test
	void withoutItNothingIsEstimated() {
		ListProgress p = new ListProgress(30_000, 282_000_000, 1, -1, START, START.plusSeconds(10), 0);

		assertThat(p.estimable()).isFalse();
		assertThat(p.percent()).isEqualTo(-1);
		assertThat(p.secondsLeft()).isEqualTo(-1);
		assertThat(p.objectsPerSecond()).isEqualTo(3_000);
		assertThat(p.describe()).contains("no total", "nothing is estimated");
	}

	@Test
	void beforeAnyTimeHasPassedThereIsNoRateAndSoNoTimeLeft() {
		ListProgress p = new ListProgress(0, 0, 0, -1, START, START, 1);

		assertThat(p.objectsPerSecond()).isZero();
		assertThat(new ListProgress(500, 1, 1, 1000, START, START, 0).secondsLeft()).isEqualTo(-1);
	}

	@Test
	void aStalledListShowsItsRateFallingAsTimePasses() {
		ListProgress p = new ListProgress(30_000, 1, 60, 150_000, START, START.plusSeconds(10), 0);

		ListProgress later = p.asOf(START.plusSeconds(20));

		assertThat(later.objects()).isEqualTo(30_000);
		assertThat(later.objectsPerSecond()).isEqualTo(1_500);
		assertThat(later.secondsLeft()).isEqualTo(80);
		assertThat(p.asOf(START)).isSameAs(p);
	}

	@Test
	void aServerCountThatIsOffNeverShowsMoreThanAllOrAnEmptyListAsUnfinished() {
		assertThat(new ListProgress(120, 1, 3, 100, START, START.plusSeconds(1), 0).percent()).isEqualTo(100);
		assertThat(new ListProgress(0, 1, 1, 0, START, START.plusSeconds(1), 0).percent()).isEqualTo(100);
	}

}
