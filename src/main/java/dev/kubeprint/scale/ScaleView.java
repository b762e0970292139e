package dev.kubeprint.scale;

import java.util.List;

/**
 * How far the cluster is from Kubernetes' scale limits, dimension by dimension.
 *
 * @param objects objects per resource type as listed from the cluster
 * @param objectsNote where the counts come from, for a reader
 */
public record ScaleView(List<Dimension> dimensions, List<ObjectCount> objects, String objectsNote) {

	public ScaleView {
		dimensions = List.copyOf(dimensions);
		objects = List.copyOf(objects);
	}

	/** Green below the production recommendation, amber up to the official limit, red beyond it. */
	public enum Level {

		GREEN, AMBER, RED, UNKNOWN;

		public String cssClass() {
			return "level-" + name().toLowerCase();
		}

		/** The bar of a gauge; unknown draws no coloured bar. */
		public String gaugeClass() {
			return this == UNKNOWN ? "gauge-bg" : "gauge-" + name().toLowerCase();
		}

		/** The one rule of every gauge; equal to the recommendation is already amber. */
		public static Level of(long value, long recommendation, long limit) {
			if (value < recommendation) {
				return GREEN;
			}
			return value <= limit ? AMBER : RED;
		}

	}

	/**
	 * One of the reference's eight dimensions with the cluster's value.
	 *
	 * @param value the cluster's value; -1 when its objects could not be read
	 * @param unavailable why the value is missing, else empty
	 * @param gauge the bar's geometry, in SVG units of a 300-wide gauge
	 * @param offenders the largest contributors by name: which node, which Service, which ConfigMap
	 * @param alsoKnown other published thresholds for the same or a neighbouring dimension, with their source
	 * @param notes findings beyond the gauge, e.g. nodes over min(110, 10 × cores)
	 */
	public record Dimension(String id, String name, long value, String valueText, long recommendation,
			String recommendationText, long limit, String limitText, Level level, String impact, String source,
			String unavailable, Gauge gauge, List<Offender> offenders, List<AlsoKnownView> alsoKnown,
			List<String> notes) {

		public Dimension {
			offenders = List.copyOf(offenders);
			alsoKnown = List.copyOf(alsoKnown);
			notes = List.copyOf(notes);
		}

	}

	/** A bar scaled so the official limit sits at five sixths of the width, or the value at the end if larger. */
	public record Gauge(int valueWidth, int recommendationX, int limitX) {

		static final int WIDTH = 300;

		static Gauge of(long value, long recommendation, long limit) {
			double max = Math.max(limit * 1.2, value);
			return new Gauge((int) Math.round(WIDTH * Math.max(0, value) / max),
					(int) Math.round(WIDTH * recommendation / max), (int) Math.round(WIDTH * limit / max));
		}

	}

	public record Offender(String name, long value, String valueText, Level level) {
	}

	public record AlsoKnownView(long value, String valueText, String source, String note) {
	}

	public record ObjectCount(String resource, long count) {
	}

}
