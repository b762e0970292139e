package dev.kubeprint.cluster.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Quantiles of Prometheus histograms, computed the way PromQL's histogram_quantile does. */
public final class Histograms {

	private Histograms() {
	}

	/**
	 * What a cumulative histogram counted between two scrapes, bucket by bucket, as PromQL's increase() would:
	 * the counts only grow, so a quantile of {@code now} alone would be over the whole life of the process,
	 * and "p99 now" needs the difference. A bound {@code earlier} lacks counts from zero. Whether the two
	 * scrapes are comparable at all (a restart resets the counts) is for the caller to judge: it knows what
	 * else the scrapes say.
	 */
	public static NavigableMap<Double, Double> increase(NavigableMap<Double, Double> earlier,
			NavigableMap<Double, Double> now) {
		NavigableMap<Double, Double> increase = new TreeMap<>();
		now.forEach((le, count) -> increase.put(le, count - earlier.getOrDefault(le, 0.0)));
		return increase;
	}

	/**
	 * The q-quantile of cumulative bucket counts keyed by upper bound ({@code le}), as histogram_quantile:
	 * find the bucket the rank {@code q × total} falls in and interpolate linearly inside it. Answers NaN
	 * without a +Inf bucket or without observations; when the rank falls in the +Inf bucket, the highest
	 * finite bound, because nothing is known of how far above it the observations lie.
	 */
	public static double quantile(double q, NavigableMap<Double, Double> cumulative) {
		if (cumulative.isEmpty() || cumulative.lastKey() != Double.POSITIVE_INFINITY || Double.isNaN(q)) {
			return Double.NaN;
		}
		List<Double> bounds = new ArrayList<>(cumulative.keySet());
		List<Double> counts = new ArrayList<>();
		double running = 0;
		for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
			// Buckets scraped a moment apart can be a little out of order; Prometheus evens them out too.
			running = Math.max(running, bucket.getValue());
			counts.add(running);
		}
		double total = counts.get(counts.size() - 1);
		if (total <= 0 || cumulative.size() < 2) {
			return Double.NaN;
		}
		if (q < 0) {
			return Double.NEGATIVE_INFINITY;
		}
		if (q > 1) {
			return Double.POSITIVE_INFINITY;
		}
		double rank = q * total;
		int b = 0;
		while (counts.get(b) < rank) {
			b++;
		}
		if (b == bounds.size() - 1) {
			return bounds.get(b - 1);
		}
		if (b == 0 && bounds.get(0) <= 0) {
			return bounds.get(0);
		}
		double start = 0;
		double end = bounds.get(b);
		double count = counts.get(b);
		if (b > 0) {
			start = bounds.get(b - 1);
			count -= counts.get(b - 1);
			rank -= counts.get(b - 1);
		}
		return start + (end - start) * (rank / count);
	}

}
