package dev.kubeprint.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsTests {

	private static final long MIB = 1024L * 1024;

	private static final long GIB = 1024 * MIB;

	@Test
	void bytesReadAsEtcdctlAndKubectlPrintThem() {
		assertThat(Units.bytes(512)).isEqualTo("512 B");
		assertThat(Units.bytes(2535424)).isEqualTo("2.4 MiB");
		assertThat(Units.bytes(16 * MIB)).isEqualTo("16 MiB");
		assertThat(Units.bytes(2 * GIB)).isEqualTo("2 GiB");
		assertThat(Units.bytes(320 * GIB)).isEqualTo("320 GiB");
		assertThat(Units.bytes(1536 * 1024L * GIB)).isEqualTo("1.5 PiB");
		assertThat(Units.bytes(-3 * MIB)).isEqualTo("-3 MiB");
	}

	@Test
	void durationsInMillisecondsBelowASecond() {
		assertThat(Units.duration(0.00177)).isEqualTo("1.8 ms");
		assertThat(Units.duration(1.25)).isEqualTo("1.3 s");
	}

	@Test
	void percentagesAndCounts() {
		assertThat(Units.percent(85.0)).isEqualTo("85");
		assertThat(Units.percent(12.54)).isEqualTo("12.5");
		assertThat(Units.count(150000)).isEqualTo("150,000");
	}

	@Test
	void whatTheFactsCannotGiveIsADash() {
		assertThat(Units.countOrUnknown(-1)).isEqualTo("—");
		assertThat(Units.countOrUnknown(0)).isEqualTo("0");
		assertThat(Units.orUnknown("")).isEqualTo("—");
		assertThat(Units.orUnknown(null)).isEqualTo("—");
		assertThat(Units.orUnknown("IPIP")).isEqualTo("IPIP");
	}

	@Test
	void labelsAreCutToTheirBoxWithTheEndMarked() {
		assertThat(Units.fit("kubelet", 9)).isEqualTo("kubelet");
		assertThat(Units.fit("kube-proxy", 9)).isEqualTo("kube-pro…");
		assertThat(Units.fit("kube-proxy", 9)).hasSize(9);
	}

}
