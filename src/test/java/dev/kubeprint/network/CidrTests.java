package dev.kubeprint.network;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses read directly where they are plain dotted quads, as InetAddress reads them otherwise. */
class CidrTests {

	@Test
	void dottedQuadsAreReadAsTheirAddress() {
		assertThat(Cidr.parse("10.244.1.7")).hasValue(new Cidr(BigInteger.valueOf(0x0AF40107L), 32, 32));
		assertThat(Cidr.parse("255.255.255.255/32")).hasValue(new Cidr(BigInteger.valueOf(0xFFFFFFFFL), 32, 32));
		assertThat(Cidr.parse("10.244.1.0/16")).hasValue(new Cidr(BigInteger.valueOf(0x0AF40000L), 16, 32));
		assertThat(Cidr.parse("0.0.0.0/0")).hasValue(new Cidr(BigInteger.ZERO, 0, 32));
	}

	@Test
	void whatIsNotAPlainQuadIsLeftToInetAddressOrRefused() {
		assertThat(Cidr.parse("fd00::1/56")).hasValueSatisfying((c) -> assertThat(c.bits()).isEqualTo(128));
		assertThat(Cidr.parse("256.1.1.1")).isEmpty();
		assertThat(Cidr.parse("1.2.3.4.5")).isEmpty();
		assertThat(Cidr.parse("1.2.3.")).isEmpty();
		assertThat(Cidr.parse("1..3.4")).isEmpty();
		assertThat(Cidr.parse("example.com")).as("never resolved").isEmpty();
		assertThat(Cidr.parse("10.0.0.1/33")).isEmpty();
	}

	@Test
	void containmentComparesNetworksUnderTheShorterPrefix() {
		Cidr block = Cidr.parse("10.244.3.0/24").orElseThrow();
		assertThat(block.contains(Cidr.parse("10.244.3.200").orElseThrow())).isTrue();
		assertThat(block.contains(Cidr.parse("10.244.4.1").orElseThrow())).isFalse();
		assertThat(Cidr.parse("10.244.0.0/16").orElseThrow().contains(block)).isTrue();
		assertThat(block.contains(Cidr.parse("fd00::1").orElseThrow())).isFalse();
	}

}
