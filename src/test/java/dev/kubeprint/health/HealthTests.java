package dev.kubeprint.health;

import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTests {

	@Test
	void listsPutWhatNeedsAPersonFirst() {
		assertThat(Arrays.stream(Health.values()).sorted(Comparator.comparingInt(Health::worstFirst)))
			.containsExactly(Health.DOWN, Health.DEGRADED, Health.UNKNOWN, Health.HEALTHY, Health.NOT_APPLICABLE);
	}

	@Test
	void theWorseOfTwoRollsUp() {
		assertThat(Health.HEALTHY.worse(Health.UNKNOWN)).isEqualTo(Health.UNKNOWN);
		assertThat(Health.DEGRADED.worse(Health.DOWN)).isEqualTo(Health.DOWN);
		assertThat(Health.NOT_APPLICABLE.worse(Health.HEALTHY)).isEqualTo(Health.HEALTHY);
	}

}
