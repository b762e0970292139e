package dev.kubeprint.cluster.etcd;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.probe.Histograms;
import dev.kubeprint.cluster.probe.PrometheusText;
import dev.kubeprint.cluster.probe.PrometheusText.Sample;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.config.EtcdProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EtcdMetricsScraperTests {

	private static final String FSYNC = EtcdMetricsScraper.WAL_FSYNC;

	static String fixture(String name) {
		try (InputStream in = EtcdMetricsScraperTests.class
			.getResourceAsStream("/fixtures/real-apiserver-v1.28/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The real scrape, then the same member later: in between 100 fsyncs, 80 of them under 1 ms, 10 more under
	 * 2 ms, 5 under 4 ms, 3 under 8 ms and the last 2 under 16 ms.
	 */
	static String later() {
		return fixture("etcd-metrics.txt")
			.replace(FSYNC + "_bucket{le=\"0.001\"} 22", FSYNC + "_bucket{le=\"0.001\"} 102")
			.replace(FSYNC + "_bucket{le=\"0.002\"} 23", FSYNC + "_bucket{le=\"0.002\"} 113")
			.replace(FSYNC + "_bucket{le=\"0.004\"} 23", FSYNC + "_bucket{le=\"0.004\"} 118")
			.replace(FSYNC + "_bucket{le=\"0.008\"} 23", FSYNC + "_bucket{le=\"0.008\"} 121")
			.replaceAll(FSYNC + "_bucket\\{le=\"([0-9.]+|\\+Inf)\"} 23\\b", FSYNC + "_bucket{le=\"$1\"} 123")
			.replace(FSYNC + "_count 23", FSYNC + "_count 123");
	}

	private static List<Sample> parse(String text) {
		List<Sample> samples = new ArrayList<>();
		try {
			PrometheusText.forEach(new StringReader(text), EtcdMetricsScraper.FAMILIES, samples::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return samples;
	}

	private static NavigableMap<Double, Double> fsync(String text) {
		return EtcdMetricsScraper.buckets(parse(text), FSYNC);
	}

	@Test
	void readsTheFamiliesEtcdNeedsFromARealEtcdScrape() {
		List<Sample> samples = parse(fixture("etcd-metrics.txt"));
		assertThat(EtcdMetricsScraper.value(samples, "etcd_server_has_leader")).isEqualTo(1.0);
		assertThat(EtcdMetricsScraper.value(samples, "etcd_server_leader_changes_seen_total")).isEqualTo(1.0);
		assertThat(EtcdMetricsScraper.value(samples, "etcd_server_quota_backend_bytes")).isEqualTo(8589934592.0);
		assertThat(EtcdMetricsScraper.value(samples, "etcd_mvcc_db_total_size_in_bytes")).isEqualTo(2535424.0);
		assertThat(EtcdMetricsScraper.value(samples, "etcd_mvcc_db_total_size_in_use_in_bytes"))
			.isEqualTo(2408448.0);
		assertThat(samples).filteredOn((s) -> s.name().equals("etcd_server_id"))
			.singleElement()
			.satisfies((s) -> assertThat(s.labels()).containsEntry("server_id", "b71f75320dc06a6c"));
		assertThat(samples).filteredOn((s) -> s.name().equals("etcd_disk_wal_fsync_duration_seconds_bucket"))
			.hasSize(15);
		assertThat(EtcdMetricsScraper.value(samples, "etcd_disk_wal_fsync_duration_seconds_count")).isEqualTo(23.0);
		assertThat(EtcdMetricsScraper.value(samples, "etcd_disk_wal_fsync_duration_seconds_sum"))
			.isCloseTo(0.009005029, within(1e-12));
	}

	@Test
	void p99OverTheIntervalComesFromTheBucketDeltasNotTheLifetimeCounts() {
		NavigableMap<Double, Double> before = fsync(fixture("etcd-metrics.txt"));
		NavigableMap<Double, Double> after = fsync(later());
		assertThat(after.lastEntry().getValue()).isEqualTo(123);
		// By hand: 100 new fsyncs, rank 0.99 * 100 = 99. Cumulative deltas: 80 (1 ms), 90 (2 ms), 95 (4 ms),
		// 98 (8 ms), 100 (16 ms). Rank 99 falls in the 8-16 ms bucket, 1 of its 2 fsyncs in:
		// 0.008 + (0.016 - 0.008) * (99 - 98) / (100 - 98) = 0.012 s.
		assertThat(Histograms.quantile(0.99, Histograms.increase(before, after))).isCloseTo(0.012, within(1e-12));
		// The lifetime p99 is something else: rank 121.77 of 123, 0.008 + 0.008 * 0.77 / 2 = 0.01108 s.
		assertThat(Histograms.quantile(0.99, after)).isCloseTo(0.01108, within(1e-12));
	}

	@Test
	void p99OfTheRealScrapeAlone() {
		// 23 fsyncs, 22 under 1 ms, 1 under 2 ms: rank 22.77, 0.001 + 0.001 * 0.77 / 1 = 0.00177 s.
		assertThat(Histograms.quantile(0.99, fsync(fixture("etcd-metrics.txt")))).isCloseTo(0.00177, within(1e-12));
	}

	@Test
	void noObservationsInTheIntervalHaveNoQuantile() {
		NavigableMap<Double, Double> scrape = fsync(fixture("etcd-metrics.txt"));
		assertThat(Histograms.quantile(0.99, Histograms.increase(scrape, scrape))).isNaN();
	}

	@Test
	void theScraperReportsP99OnlyFromTheSecondScrapeOn() {
		EtcdMetricsScraper scraper = new EtcdMetricsScraper(EtcdProperties.DEFAULT_CALL_TIMEOUT);
		String url = "http://10.0.0.11:2381/metrics";
		EtcdMetricsFact first = scraper.facts(url, parse(fixture("etcd-metrics.txt")),
				EtcdMetricsScraper.healthOf(fixture("etcd-health.json")));
		assertThat(first.hasInterval()).isFalse();
		assertThat(first.walFsyncP99Seconds()).isNull();
		assertThat(first.memberId()).isEqualTo(Long.parseUnsignedLong("b71f75320dc06a6c", 16));
		assertThat(first.hasLeader()).isTrue();
		assertThat(first.health()).isEqualTo("true");
		assertThat(first.quotaBytes()).isEqualTo(8589934592.0);
		assertThat(first.leaderChangesSinceLastScrape()).isNull();

		EtcdMetricsFact second = scraper.facts(url, parse(later()), null);
		assertThat(second.hasInterval()).isTrue();
		assertThat(second.walFsyncP99Seconds()).isCloseTo(0.012, within(1e-12));
		// backend commits did not change between the two: no commits, no p99
		assertThat(second.backendCommitP99Seconds()).isNull();
		assertThat(second.leaderChangesSinceLastScrape()).isZero();
	}

	@Test
	void aRestartedMemberCountsFromZeroSoTheNewScrapeStandsAlone() {
		EtcdMetricsScraper scraper = new EtcdMetricsScraper(EtcdProperties.DEFAULT_CALL_TIMEOUT);
		String url = "http://10.0.0.11:2381/metrics";
		scraper.facts(url, parse(later()), null);
		EtcdMetricsFact restarted = scraper.facts(url, parse(fixture("etcd-metrics.txt")), null);
		assertThat(restarted.hasInterval()).isTrue();
		// the real scrape's own p99, see p99OfTheRealScrapeAlone, not a difference with the counts before
		assertThat(restarted.walFsyncP99Seconds()).isCloseTo(0.00177, within(1e-12));
	}

}
