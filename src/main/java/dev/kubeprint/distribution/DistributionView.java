package dev.kubeprint.distribution;

import java.util.List;

import dev.kubeprint.reference.EvidenceRule.Strength;

/**
 * Which Kubernetes distribution this is, on which infrastructure, whether its control plane can be seen, and
 * every sighting that says so, each naming what was seen and where so that an SRE can check it with kubectl.
 *
 * @param id the distribution's id from distributions.yaml (kubeadm, eks, kind ...), or "unknown"
 * @param name its name; "unknown" when nothing names one
 * @param headline the name as it should read, marked when the evidence is only likely or weak
 * @param confidence how strong the best evidence for it is
 * @param providerId the infrastructure's id (aws, azure, local ...), or "unknown"
 * @param providerName the infrastructure's name; "bare metal or unknown" when nothing names one
 * @param controlPlane whether the control plane is managed by a provider (then not observable, never down)
 * @param controlPlaneText the same in words, with the reason
 * @param note what this distribution means for the rest of the product, from distributions.yaml
 * @param basis why this conclusion, or why none: what was looked at and what could not be
 * @param evidence what speaks for the conclusion (distribution, the one it is based on, and provider)
 * @param alsoSeen other distributions and providers something pointed at, with their evidence: conflicts are
 * shown, not hidden
 */
public record DistributionView(String id, String name, String headline, Confidence confidence, String providerId,
		String providerName, ControlPlane controlPlane, String controlPlaneText, String note, String basis,
		List<Evidence> evidence, List<Candidate> alsoSeen) {

	public static final String UNKNOWN = "unknown";

	public DistributionView {
		evidence = List.copyOf(evidence);
		alsoSeen = List.copyOf(alsoSeen);
	}

	public boolean known() {
		return !UNKNOWN.equals(id);
	}

	public boolean managed() {
		return controlPlane == ControlPlane.MANAGED;
	}

	/** Strong evidence proves, medium makes likely, weak only suggests (an inference). */
	public enum Confidence {

		PROVEN, LIKELY, INFERRED, NONE;

		static Confidence of(Strength best) {
			return switch (best) {
				case STRONG -> PROVEN;
				case MEDIUM -> LIKELY;
				case WEAK -> INFERRED;
			};
		}

	}

	public enum ControlPlane {

		MANAGED, SELF_MANAGED, UNKNOWN

	}

	/**
	 * One sighting.
	 *
	 * @param pointsAt the name of the distribution or provider the rule that matched belongs to
	 * @param seen what was seen and where, as plain text (templates escape it)
	 * @param text the same with what it means, when the value alone does not tell ("… (AKS tunnel)")
	 */
	public record Evidence(Strength strength, String pointsAt, String seen, String text) {
	}

	/** A distribution or provider that something pointed at, but that was not chosen. */
	public record Candidate(String id, String name, List<Evidence> evidence) {

		public Candidate {
			evidence = List.copyOf(evidence);
		}

	}

}
