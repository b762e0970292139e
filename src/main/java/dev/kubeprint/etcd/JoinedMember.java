package dev.kubeprint.etcd;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;

/** A member, the configured endpoint that reaches it, and its metrics; any of them may be missing. */
record JoinedMember(EtcdMemberFact member, EtcdEndpointFact endpoint, EtcdMetricsFact metrics) {

	boolean answered() {
		return endpoint != null && endpoint.answered();
	}

	EtcdStatusFact status() {
		return answered() ? endpoint.status() : null;
	}

	Long memberId() {
		if (member != null) {
			return member.id();
		}
		return answered() ? endpoint.status().memberId() : null;
	}

	/**
	 * Endpoints are joined with members by the id the member answered with, else by the client URL the member
	 * list gives, so that a dead member still gets its endpoint and its reason.
	 */
	static List<JoinedMember> join(EtcdFacts facts) {
		List<JoinedMember> rows = new ArrayList<>();
		Set<EtcdEndpointFact> used = new HashSet<>();
		for (EtcdMemberFact member : facts.members()) {
			EtcdEndpointFact endpoint = facts.endpoints()
				.stream()
				.filter((e) -> !used.contains(e))
				.filter((e) -> e.answered() && e.status().memberId() == member.id())
				.findFirst()
				.or(() -> facts.endpoints()
					.stream()
					.filter((e) -> !used.contains(e))
					.filter((e) -> member.clientUrls().stream().anyMatch((u) -> sameAddress(u, e.endpoint())))
					.findFirst())
				.orElse(null);
			if (endpoint != null) {
				used.add(endpoint);
			}
			rows.add(new JoinedMember(member, endpoint, metrics(facts, member.id())));
		}
		for (EtcdEndpointFact endpoint : facts.endpoints()) {
			if (!used.contains(endpoint)) {
				Long id = endpoint.answered() ? endpoint.status().memberId() : null;
				rows.add(new JoinedMember(null, endpoint, (id != null) ? metrics(facts, id) : null));
			}
		}
		return rows;
	}

	private static EtcdMetricsFact metrics(EtcdFacts facts, long memberId) {
		return facts.metrics()
			.stream()
			.filter((m) -> m.memberId() != null && m.memberId() == memberId)
			.findFirst()
			.orElse(null);
	}

	private static boolean sameAddress(String a, String b) {
		try {
			URI x = URI.create(a);
			URI y = URI.create(b);
			return Objects.equals(x.getHost(), y.getHost()) && x.getPort() == y.getPort();
		}
		catch (IllegalArgumentException ex) {
			return a.equals(b);
		}
	}

}
