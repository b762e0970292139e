package dev.kubeprint.cluster.live;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.kubeprint.config.KubeprintProperties.Compression;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code auto} rule per kind of address: near servers are not asked for gzip, far ones are. */
class CompressionChoiceTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			https://127.0.0.1:6443                         | false | loopback
			https://localhost:6443                         | false | loopback
			https://[::1]:6443                             | false | loopback
			https://10.0.0.1:6443                          | false | RFC 1918
			https://172.16.5.4                             | false | RFC 1918
			https://172.31.255.254                         | false | RFC 1918
			https://192.168.49.2:8443                      | false | RFC 1918
			https://[fd12:3456:789a::1]:6443               | false | RFC 4193
			https://[fc00::1]:6443                         | false | RFC 4193
			https://169.254.10.1:6443                      | false | link-local
			https://[fe80::1]:6443                         | false | link-local
			https://kubernetes.default.svc                 | false | in-cluster
			https://kubernetes.default.svc.cluster.local   | false | in-cluster
			https://api.prod.svc:443                       | false | in-cluster
			https://172.32.0.1:6443                        | true  | not a loopback
			https://35.201.10.4                            | true  | not a loopback
			https://[2001:db8::1]:6443                     | true  | not a loopback
			https://ABC123.gr7.eu-west-1.eks.amazonaws.com | true  | not a loopback
			https://10.example.com                         | true  | not a loopback
			""")
	void autoAsksForGzipOnlyFromFarServers(String server, boolean gzip, String why) {
		CompressionChoice choice = CompressionChoice.decide(Compression.AUTO, false, server);

		assertThat(choice.gzip()).as(server).isEqualTo(gzip);
		assertThat(choice.reason()).startsWith("auto: ").contains(why);
	}

	@Test
	void inClusterIsNearWhateverItsAddress() {
		CompressionChoice choice = CompressionChoice.decide(Compression.AUTO, true, "https://34.1.2.3:443");

		assertThat(choice.gzip()).isFalse();
		assertThat(choice.reason()).contains("in-cluster");
	}

	@Test
	void onAndOffAreObeyedWhereverTheServerIs() {
		assertThat(CompressionChoice.decide(Compression.ON, true, "https://127.0.0.1").gzip()).isTrue();
		assertThat(CompressionChoice.decide(Compression.OFF, false, "https://35.201.10.4").gzip()).isFalse();
		assertThat(CompressionChoice.decide(Compression.OFF, false, "https://35.201.10.4").reason())
			.isEqualTo("kubeprint.clusters[].compression=off");
	}

	@Test
	void anUnsetModeIsAuto() {
		assertThat(CompressionChoice.decide(null, false, "https://127.0.0.1").gzip()).isFalse();
	}

}
