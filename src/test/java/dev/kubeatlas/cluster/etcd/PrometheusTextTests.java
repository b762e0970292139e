package dev.kubeatlas.cluster.etcd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeatlas.cluster.etcd.PrometheusText.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PrometheusTextTests {

	static String fixture(String name) {
		try (InputStream in = PrometheusTextTests.class.getResourceAsStream("/fixtures/real-apiserver-v1.28/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void readsTheFamiliesEtcdNeedsFromARealEtcdScrape() {
		List<Sample> samples = PrometheusText.parse(fixture("etcd-metrics.txt"), EtcdMetricsScraper.FAMILIES);
		assertThat(PrometheusText.value(samples, "etcd_server_has_leader")).isEqualTo(1.0);
		assertThat(PrometheusText.value(samples, "etcd_server_leader_changes_seen_total")).isEqualTo(1.0);
		assertThat(PrometheusText.value(samples, "etcd_server_quota_backend_bytes")).isEqualTo(8589934592.0);
		assertThat(PrometheusText.value(samples, "etcd_mvcc_db_total_size_in_bytes")).isEqualTo(2535424.0);
		assertThat(PrometheusText.value(samples, "etcd_mvcc_db_total_size_in_use_in_bytes")).isEqualTo(2408448.0);
		assertThat(samples).filteredOn((s) -> s.name().equals("etcd_server_id"))
			.singleElement()
			.satisfies((s) -> assertThat(s.labels()).containsEntry("server_id", "b71f75320dc06a6c"));
		assertThat(samples).filteredOn((s) -> s.name().equals("etcd_disk_wal_fsync_duration_seconds_bucket"))
			.hasSize(15);
		assertThat(PrometheusText.value(samples, "etcd_disk_wal_fsync_duration_seconds_count")).isEqualTo(23.0);
		assertThat(PrometheusText.value(samples, "etcd_disk_wal_fsync_duration_seconds_sum"))
			.isCloseTo(0.009005029, within(1e-12));
	}

	@Test
	void keepsOnlyTheFamiliesAskedFor() {
		List<Sample> samples = PrometheusText.parse(fixture("etcd-metrics.txt"), Set.of("etcd_server_has_leader"));
		assertThat(samples).extracting(Sample::name).containsExactly("etcd_server_has_leader");
		// a family whose name is a prefix of another is not confused with it
		assertThat(PrometheusText.parse(fixture("etcd-metrics.txt"), Set.of("etcd_mvcc_db_total_size_in_bytes")))
			.extracting(Sample::name)
			.containsExactly("etcd_mvcc_db_total_size_in_bytes");
	}

	@Test
	void readsEscapedLabelsSpecialValuesAndTimestamps() {
		String text = """
				# HELP m a metric
				# TYPE m gauge
				m{a="x\\"y",b="line\\nnext", c = "back\\\\slash",} 1.5e3 1700000000000
				m{le="+Inf"} +Inf
				m NaN
				m -Inf
				""";
		List<Sample> samples = PrometheusText.parse(text, Set.of("m"));
		assertThat(samples.get(0).labels()).isEqualTo(Map.of("a", "x\"y", "b", "line\nnext", "c", "back\\slash"));
		assertThat(samples.get(0).value()).isEqualTo(1500.0);
		assertThat(samples.get(1).value()).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(samples.get(2).value()).isNaN();
		assertThat(samples.get(3).value()).isEqualTo(Double.NEGATIVE_INFINITY);
	}

	@Test
	void aMalformedLineIsNamedByItsNumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrometheusText.parse("# ok\nm{a=\"1\" 2\n", Set.of("m")))
			.withMessageStartingWith("line 2 of the metrics is malformed");
		assertThatIllegalArgumentException().isThrownBy(() -> PrometheusText.parse("m one\n", Set.of("m")))
			.withMessageContaining("line 1");
		// lines of families not asked for are not even looked at
		assertThat(PrometheusText.parse("other{{{ x\nm 1\n", Set.of("m"))).hasSize(1);
	}

}
