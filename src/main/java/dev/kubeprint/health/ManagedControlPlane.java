package dev.kubeprint.health;

import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.reference.ManagedProviderReference;

/**
 * Recognises a control plane run by a cloud provider: no control-plane nodes, and a version suffix, a
 * providerID or a node label that names the provider. Its components cannot be seen, which is not "down".
 */
public final class ManagedControlPlane {

	private ManagedControlPlane() {
	}

	public static Optional<ManagedProviderReference> detect(ClusterFacts facts, List<ManagedProviderReference> providers) {
		if (!facts.availability(dev.kubeprint.cluster.facts.FactKind.NODES).hasData()) {
			return Optional.empty();
		}
		boolean controlPlaneNodes = facts.nodes()
			.stream()
			.anyMatch((n) -> n.roles().contains("control-plane") || n.roles().contains("master"));
		if (controlPlaneNodes) {
			return Optional.empty();
		}
		String gitVersion = facts.serverVersion().map((v) -> v.gitVersion()).orElse("");
		for (ManagedProviderReference provider : providers) {
			boolean byVersion = provider.versionSuffixes().stream().anyMatch(gitVersion::contains);
			boolean byNode = facts.nodes().stream().anyMatch((n) -> matches(n, provider));
			if (byVersion || byNode) {
				return Optional.of(provider);
			}
		}
		return Optional.empty();
	}

	private static boolean matches(NodeFact node, ManagedProviderReference provider) {
		return provider.providerIdPrefixes().stream().anyMatch(node.providerId()::startsWith)
				|| provider.nodeLabels().stream().anyMatch(node.labels()::containsKey);
	}

}
