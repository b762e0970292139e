package dev.kubeprint.cluster.live;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	@Test
	void doublesWithJitterUpToTheMaxAndStartsOverAfterReset() {
		Backoff backoff = new Backoff(Duration.ofMillis(800), Duration.ofSeconds(30));

		assertThat(backoff.next().toMillis()).isBetween(640L, 960L);
		assertThat(backoff.next().toMillis()).isBetween(1280L, 1920L);
		assertThat(backoff.next().toMillis()).isBetween(2560L, 3840L);
		for (int i = 0; i < 10; i++) {
			backoff.next();
		}
		assertThat(backoff.next().toMillis()).isBetween(24_000L, 30_000L);

		backoff.reset();

		assertThat(backoff.next().toMillis()).isBetween(640L, 960L);
	}

	@Test
	void jitterSpreadsRetriesThatFailedTogether() {
		long distinct = java.util.stream.IntStream.range(0, 50)
			.mapToLong((i) -> new Backoff(Duration.ofMillis(800), Duration.ofSeconds(30)).next().toMillis())
			.distinct()
			.count();

		assertThat(distinct).isGreaterThan(10);
	}

}
