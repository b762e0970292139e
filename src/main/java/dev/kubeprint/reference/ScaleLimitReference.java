package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scale dimension with the reference's official limit and production recommendation,
 * in {@code unit}s (bytes for object sizes). {@code alsoKnown} holds other published
 * thresholds for the same or a neighbouring dimension.
 */
public record ScaleLimitReference(String id, LocalizedText name, Unit unit, long officialLimit,
		long productionRecommendation, LocalizedText overLimitImpact, String source, List<AlsoKnown> alsoKnown) {

	public ScaleLimitReference {
		Objects.requireNonNull(id, "scale limit id is required");
		Objects.requireNonNull(name, () -> "name is required for scale limit " + id);
		Objects.requireNonNull(unit, () -> "unit is required for scale limit " + id);
		Objects.requireNonNull(overLimitImpact, () -> "overLimitImpact is required for scale limit " + id);
		Objects.requireNonNull(source, () -> "source is required for scale limit " + id);
		// A zero limit would make every gauge read "over limit"; it only happens when the field is missing.
		if (officialLimit <= 0 || productionRecommendation <= 0) {
			throw new IllegalArgumentException("officialLimit and productionRecommendation must be positive for scale limit " + id);
		}
		alsoKnown = (alsoKnown != null) ? List.copyOf(alsoKnown) : List.of();
	}

	public enum Unit {

		@JsonProperty("count")
		COUNT,

		@JsonProperty("bytes")
		BYTES

	}

	/**
	 * A threshold published elsewhere, with where it comes from and how it relates to the
	 * reference's dimension.
	 */
	public record AlsoKnown(long value, String source, LocalizedText note) {

		public AlsoKnown {
			Objects.requireNonNull(source, "alsoKnown source is required");
			Objects.requireNonNull(note, "alsoKnown note is required");
		}

	}

}
