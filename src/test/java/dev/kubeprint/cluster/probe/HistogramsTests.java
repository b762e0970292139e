package dev.kubeprint.cluster.probe;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistogramsTests {

	private static final double INF = Double.POSITIVE_INFINITY;

	@Test
	void aRankInTheInfBucketIsTheHighestFiniteBound() {
		assertThat(Histograms.quantile(0.99, buckets(0.5, 1, 1, 2, INF, 10))).isEqualTo(1.0);
		// the first bucket interpolates from zero, as Prometheus does
		assertThat(Histograms.quantile(0.5, buckets(0.5, 10, INF, 10))).isEqualTo(0.25);
	}

	@Test
	void theIncreaseIsTakenBucketByBucketAndABoundNewSinceTheEarlierScrapeCountsFromZero() {
		NavigableMap<Double, Double> increase = Histograms.increase(buckets(0.5, 4, INF, 5),
				buckets(0.5, 6, 1, 7, INF, 9));
		assertThat(increase).containsExactly(Map.entry(0.5, 2.0), Map.entry(1.0, 7.0), Map.entry(INF, 4.0));
		assertThat(Histograms.quantile(0.99, Histograms.increase(increase, increase))).isNaN();
	}

	/** Upper bounds and cumulative counts, alternating. */
	private static NavigableMap<Double, Double> buckets(double... boundsAndCounts) {
		NavigableMap<Double, Double> buckets = new TreeMap<>();
		for (int i = 0; i < boundsAndCounts.length; i += 2) {
			buckets.put(boundsAndCounts[i], boundsAndCounts[i + 1]);
		}
		return buckets;
	}

}
