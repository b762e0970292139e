package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What upstream ships with each Kubernetes minor, from {@code reference/addon-versions.yaml}: today the CoreDNS
 * version kubeadm deploys, the yardstick for "older than this release's default".
 */
public record AddOnVersions(List<Pair> coreDns) {

	public AddOnVersions {
		coreDns = List.copyOf(Objects.requireNonNull(coreDns, "coreDns is required"));
	}

	/** The CoreDNS version kubeadm deploys with 1.{@code minor}, e.g. "1.8.0" for 21. */
	public Optional<String> coreDnsFor(int minor) {
		return coreDns.stream().filter((p) -> p.kubernetes().equals("1." + minor)).map(Pair::coredns).findFirst();
	}

	/** A Kubernetes minor and the CoreDNS version that goes with it. */
	public record Pair(String kubernetes, String coredns) {

		public Pair {
			Objects.requireNonNull(kubernetes, "kubernetes is required");
			Objects.requireNonNull(coredns, () -> "coredns is required for " + kubernetes);
		}

	}

}
