package dev.kubeatlas.cluster.etcd;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeatlas.cluster.etcd.Histogram.Bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistogramTests {

	private static final String FSYNC = "etcd_disk_wal_fsync_duration_seconds";

	/**
	 * The real scrape, then the same member later: in between 100 fsyncs, 80 of them under 1 ms, 10 more under
	 * 2 ms, 5 under 4 ms, 3 under 8 ms and the last 2 under 16 ms.
	 */
	static String later() {
		return PrometheusTextTests.fixture("etcd-metrics.txt")
			.replace(FSYNC + "_bucket{le=\"0.001\"} 22", FSYNC + "_bucket{le=\"0.001\"} 102")
			.replace(FSYNC + "_bucket{le=\"0.002\"} 23", FSYNC + "_bucket{le=\"0.002\"} 113")
			.replace(FSYNC + "_bucket{le=\"0.004\"} 23", FSYNC + "_bucket{le=\"0.004\"} 118")
			.replace(FSYNC + "_bucket{le=\"0.008\"} 23", FSYNC + "_bucket{le=\"0.008\"} 121")
			.replaceAll(FSYNC + "_bucket\\{le=\"([0-9.]+|\\+Inf)\"} 23\\b", FSYNC + "_bucket{le=\"$1\"} 123")
			.replace(FSYNC + "_count 23", FSYNC + "_count 123");
	}

	private static Histogram fsync(String text) {
		return Histogram.of(PrometheusText.parse(text, EtcdMetricsScraper.FAMILIES), FSYNC);
	}

	@Test
	void p99OverTheIntervalComesFromTheBucketDeltasNotTheLifetimeCounts() {
		Histogram before = fsync(PrometheusTextTests.fixture("etcd-metrics.txt"));
		Histogram after = fsync(later());
		assertThat(after.count()).isEqualTo(123);
		// By hand: 100 new fsyncs, rank 0.99 * 100 = 99. Cumulative deltas: 80 (1 ms), 90 (2 ms), 95 (4 ms),
		// 98 (8 ms), 100 (16 ms). Rank 99 falls in the 8-16 ms bucket, 1 of its 2 fsyncs in:
		// 0.008 + (0.016 - 0.008) * (99 - 98) / (100 - 98) = 0.012 s.
		assertThat(after.since(before).quantile(0.99)).isCloseTo(0.012, within(1e-12));
		// The lifetime p99 is something else: rank 121.77 of 123, 0.008 + 0.008 * 0.77 / 2 = 0.01108 s.
		assertThat(after.quantile(0.99)).isCloseTo(0.01108, within(1e-12));
	}

	@Test
	void p99OfTheRealScrapeAlone() {
		// 23 fsyncs, 22 under 1 ms, 1 under 2 ms: rank 22.77, 0.001 + 0.001 * 0.77 / 1 = 0.00177 s.
		assertThat(fsync(PrometheusTextTests.fixture("etcd-metrics.txt")).quantile(0.99))
			.isCloseTo(0.00177, within(1e-12));
	}

	@Test
	void noObservationsInTheIntervalHaveNoQuantile() {
		Histogram scrape = fsync(PrometheusTextTests.fixture("etcd-metrics.txt"));
		assertThat(scrape.since(scrape).quantile(0.99)).isNull();
	}

	@Test
	void aRestartedMemberCountsFromZeroSoTheNewScrapeStandsAlone() {
		Histogram before = fsync(later());
		Histogram restarted = fsync(PrometheusTextTests.fixture("etcd-metrics.txt"));
		assertThat(restarted.since(before)).isEqualTo(restarted);
	}

	@Test
	void aRankInTheInfBucketIsTheHighestFiniteBound() {
		Histogram h = new Histogram(List.of(new Bucket(0.5, 1), new Bucket(1, 2), new Bucket(Double.POSITIVE_INFINITY, 10)));
		assertThat(h.quantile(0.99)).isEqualTo(1.0);
		// the first bucket interpolates from zero, as Prometheus does
		assertThat(new Histogram(List.of(new Bucket(0.5, 10), new Bucket(Double.POSITIVE_INFINITY, 10))).quantile(0.5))
			.isEqualTo(0.25);
	}

	@Test
	void theScraperReportsP99OnlyFromTheSecondScrapeOn() {
		EtcdMetricsScraper scraper = new EtcdMetricsScraper(EtcdProperties.DEFAULT_CALL_TIMEOUT);
		String url = "http://10.0.0.11:2381/metrics";
		EtcdMetricsFact first = scraper.facts(url,
				PrometheusText.parse(PrometheusTextTests.fixture("etcd-metrics.txt"), EtcdMetricsScraper.FAMILIES),
				EtcdMetricsScraper.healthOf(PrometheusTextTests.fixture("etcd-health.json")));
		assertThat(first.hasInterval()).isFalse();
		assertThat(first.walFsyncP99Seconds()).isNull();
		assertThat(first.memberId()).isEqualTo(Long.parseUnsignedLong("b71f75320dc06a6c", 16));
		assertThat(first.hasLeader()).isTrue();
		assertThat(first.health()).isEqualTo("true");
		assertThat(first.quotaBytes()).isEqualTo(8589934592.0);
		assertThat(first.leaderChangesSinceLastScrape()).isNull();

		EtcdMetricsFact second = scraper.facts(url, PrometheusText.parse(later(), EtcdMetricsScraper.FAMILIES), null);
		assertThat(second.hasInterval()).isTrue();
		assertThat(second.walFsyncP99Seconds()).isCloseTo(0.012, within(1e-12));
		// backend commits did not change between the two: no commits, no p99
		assertThat(second.backendCommitP99Seconds()).isNull();
		assertThat(second.leaderChangesSinceLastScrape()).isZero();
	}

}
