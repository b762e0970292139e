package dev.kubeatlas.cluster.etcd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kubeatlas.cluster.etcd.PrometheusText.Sample;

/**
 * The cumulative buckets of a Prometheus histogram at one scrape. Counts only grow, so a quantile over a
 * scrape is a quantile over the whole life of the process; {@link #since} gives the observations between two
 * scrapes, which is what "p99 now" means.
 *
 * @param buckets upper bounds with their cumulative counts, ascending, ending with +Inf
 */
record Histogram(List<Bucket> buckets) {

	record Bucket(double upperBound, double count) {
	}

	Histogram {
		buckets = List.copyOf(buckets);
	}

	/** The family's {@code _bucket} samples, or null when the scrape has none. */
	static Histogram of(List<Sample> samples, String family) {
		List<Bucket> buckets = new ArrayList<>();
		for (Sample sample : samples) {
			if (sample.name().equals(family + "_bucket")) {
				buckets.add(new Bucket(Double.parseDouble(sample.label("le").replace("+Inf", "Infinity")),
						sample.value()));
			}
		}
		if (buckets.isEmpty()) {
			return null;
		}
		buckets.sort(Comparator.comparingDouble(Bucket::upperBound));
		return new Histogram(buckets);
	}

	double count() {
		return buckets.isEmpty() ? 0 : buckets.get(buckets.size() - 1).count();
	}

	/**
	 * The observations made after {@code earlier}. A restarted etcd starts its counts again at zero; then
	 * this scrape alone is the best there is, as Prometheus' rate() also assumes on a counter reset.
	 */
	Histogram since(Histogram earlier) {
		if (earlier == null || !sameBounds(earlier) || count() < earlier.count()) {
			return this;
		}
		List<Bucket> delta = new ArrayList<>(buckets.size());
		for (int i = 0; i < buckets.size(); i++) {
			delta.add(new Bucket(buckets.get(i).upperBound(), buckets.get(i).count() - earlier.buckets.get(i).count()));
		}
		return new Histogram(delta);
	}

	/**
	 * The q-quantile as Prometheus' histogram_quantile() computes it: linear interpolation inside the bucket
	 * the rank falls in, the highest finite bound when it falls in +Inf, and null without observations.
	 */
	Double quantile(double q) {
		double total = count();
		if (total <= 0 || buckets.size() < 2) {
			return null;
		}
		double rank = q * total;
		double lowerBound = 0;
		double lowerCount = 0;
		for (int i = 0; i < buckets.size(); i++) {
			Bucket bucket = buckets.get(i);
			if (bucket.count() >= rank) {
				if (Double.isInfinite(bucket.upperBound())) {
					return buckets.get(i - 1).upperBound();
				}
				if (i == 0 && bucket.upperBound() <= 0) {
					return bucket.upperBound();
				}
				double inBucket = bucket.count() - lowerCount;
				return lowerBound + (bucket.upperBound() - lowerBound) * ((rank - lowerCount) / inBucket);
			}
			lowerBound = bucket.upperBound();
			lowerCount = bucket.count();
		}
		return buckets.get(buckets.size() - 2).upperBound();
	}

	private boolean sameBounds(Histogram other) {
		if (other.buckets.size() != buckets.size()) {
			return false;
		}
		for (int i = 0; i < buckets.size(); i++) {
			if (other.buckets.get(i).upperBound() != buckets.get(i).upperBound()) {
				return false;
			}
		}
		return true;
	}

}
