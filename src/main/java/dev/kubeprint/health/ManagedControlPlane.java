package dev.kubeprint.health;

import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.distribution.DistributionAnalyzer;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * Whether a provider runs the control plane, so that its components cannot be seen, which is not "down". The
 * one detection is the distribution analyzer's; this only asks it.
 */
public final class ManagedControlPlane {

	private ManagedControlPlane() {
	}

	/** The managed offering's name (Amazon EKS, Oracle OKE ...), when the control plane is managed. */
	public static Optional<String> detect(ClusterFacts facts, ReferenceCatalog reference, Texts t) {
		DistributionView distribution = new DistributionAnalyzer(reference).analyze(facts, t);
		return distribution.managed() ? Optional.of(distribution.name()) : Optional.empty();
	}

}
