package dev.kubeprint.cluster.projection;

import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	/** The fast path for common forms must agree with the exact one, rounding included. */
	@ParameterizedTest
	@ValueSource(strings = { "0", "1", "250m", "1m", "1001m", "16", "15800m", "384Mi", "64700000Ki", "1Gi", "2Ti",
			"5k", "3M", "7G", "999999999999999", "100u", "0.1", "1.5Gi", "1e3", " 5 ", "+5", "8Ei", "9223372036854775807" })
	void theFastPathAgreesWithTheExactOne(String quantity) {
		long exactWhole = exact(() -> Quantities.parse(quantity).setScale(0, RoundingMode.CEILING).longValueExact());
		long exactMillis = exact(
				() -> Quantities.parse(quantity).movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());

		assertThat(exact(() -> Quantities.whole(quantity))).isEqualTo(exactWhole);
		assertThat(exact(() -> Quantities.millis(quantity))).isEqualTo(exactMillis);
	}

	private static long exact(java.util.function.LongSupplier value) {
		try {
			return value.getAsLong();
		}
		catch (ArithmeticException ex) {
			return Long.MIN_VALUE;
		}
	}

	@Test
	void rejectsWhatIsNoQuantity() {
		assertThatThrownBy(() -> Quantities.whole("lots")).isInstanceOf(ProjectionException.class)
			.hasMessageContaining("lots");
	}

}
