package dev.kubeprint.cluster.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTests {

	@Test
	void cpuInMillicoresRoundsUp() {
		assertThat(Quantities.millis("250m")).isEqualTo(250);
		assertThat(Quantities.millis("2")).isEqualTo(2000);
		assertThat(Quantities.millis("15800m")).isEqualTo(15800);
		assertThat(Quantities.millis("0.1")).isEqualTo(100);
		assertThat(Quantities.millis("100u")).isEqualTo(1);
	}

	@Test
	void memoryInBytesWithBinaryAndDecimalSuffixes() {
		assertThat(Quantities.whole("128Mi")).isEqualTo(128L * 1024 * 1024);
		assertThat(Quantities.whole("64700000Ki")).isEqualTo(64_700_000L * 1024);
		assertThat(Quantities.whole("1G")).isEqualTo(1_000_000_000L);
		assertThat(Quantities.whole("1.5Gi")).isEqualTo(1610612736L);
		assertThat(Quantities.whole("1e3")).isEqualTo(1000);
		assertThat(Quantities.whole("110")).isEqualTo(110);
	}

	@Test
	void rejectsWhatIsNoQuantity() {
		assertThatThrownBy(() -> Quantities.whole("lots")).isInstanceOf(ProjectionException.class)
			.hasMessageContaining("lots");
	}

}
