package dev.kubeprint.network;

import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ServiceFact;
import dev.kubeprint.i18n.Texts;

/**
 * When no flag or object states the Service range: the ClusterIPs of the kubernetes and DNS Services show
 * where it lies, said as an inference and never as the range.
 */
final class ServiceInference {

	/** The widest range the two addresses are claimed to fit: a /16 says "around here", not "exactly this". */
	private static final int FIT_PREFIX = 16;

	private ServiceInference() {
	}

	static String note(ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.SERVICES).hasData()) {
			return t.get("network.service.not-stated.no-services", facts.availability(FactKind.SERVICES).reason());
		}
		Optional<ServiceFact> api = facts.items(FactKind.SERVICES)
			.stream()
			.filter((s) -> "default".equals(s.namespace()) && "kubernetes".equals(s.name()))
			.findFirst();
		Optional<ServiceFact> dns = dns(facts);
		if (api.isEmpty() || api.get().clusterIp().isEmpty()) {
			return t.get("network.service.not-stated");
		}
		String apiIp = api.get().clusterIp();
		if (dns.isEmpty()) {
			return t.get("network.service.inferred-one", apiIp);
		}
		String fits = fit(apiIp, dns.get().clusterIp()).map(Cidr::toString).orElse("—");
		return t.get("network.service.inferred", apiIp, dns.get().name(), dns.get().clusterIp(), fits);
	}

	/**
	 * The DNS Service by name and address, for a range that is stated: a cluster whose DNS is not kube-dns
	 * (rke2-coredns-rke2-coredns) is said to be so, not assumed to have kube-dns.
	 */
	static String dns(ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.SERVICES).hasData()) {
			return t.get("network.service.dns-unknown", facts.availability(FactKind.SERVICES).reason());
		}
		return dns(facts).map((s) -> t.get("kube-dns".equals(s.name()) ? "network.service.dns"
				: "network.service.dns-not-kube-dns", s.namespace() + "/" + s.name(), s.clusterIp()))
			.orElseGet(() -> t.get("network.service.dns-none"));
	}

	/** kube-dns by its usual name, else a kube-system Service named for CoreDNS (rke2-coredns-rke2-coredns). */
	static Optional<ServiceFact> dns(ClusterFacts facts) {
		Optional<ServiceFact> kubeDns = facts.items(FactKind.SERVICES)
			.stream()
			.filter((s) -> NetworkAnalyzer.SYSTEM.equals(s.namespace()) && "kube-dns".equals(s.name()))
			.findFirst();
		return kubeDns.or(() -> facts.items(FactKind.SERVICES)
			.stream()
			.filter((s) -> NetworkAnalyzer.SYSTEM.equals(s.namespace()) && s.name().contains("dns")
					&& !s.clusterIp().isEmpty() && !"None".equals(s.clusterIp()))
			.findFirst());
	}

	/** The /16 both addresses share, or the wider block they do share when they differ within it. */
	private static Optional<Cidr> fit(String a, String b) {
		Optional<Cidr> x = Cidr.parse(a);
		Optional<Cidr> y = Cidr.parse(b);
		if (x.isEmpty() || y.isEmpty() || x.get().bits() != y.get().bits()) {
			return Optional.empty();
		}
		int prefix = Math.min(FIT_PREFIX, x.get().bits());
		while (prefix > 0 && !x.get().widen(prefix).contains(y.get())) {
			prefix--;
		}
		return Optional.of(x.get().widen(prefix));
	}

}
