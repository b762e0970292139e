package dev.kubeprint.health;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;

/**
 * The etcd row from its pods: how many members the flags prove, the quorum that number implies, and what
 * etcd answered for itself when it was read, which outranks the pods.
 */
final class EtcdRow {

	/** RKE2 marks the members it has promoted from learner with this node condition. */
	static final String VOTER_CONDITION = "EtcdIsVoter";

	private final ClusterFacts facts;

	private final Texts t;

	EtcdRow(ClusterFacts facts, Texts t) {
		this.facts = facts;
		this.t = t;
	}

	ComponentLive fromPods(List<PodFact> pods) {
		Optional<Proven> proven = members(pods);
		int ready = (int) pods.stream().filter(PodFact::ready).count();
		String summary = t.get("summary.ready", ready, pods.size());
		if (proven.isEmpty()) {
			String file = configFile(pods);
			String ha = (file.isEmpty() ? t.get("etcd.ha.unproven.no-flags", pods.size())
					: t.get("etcd.ha.unproven", pods.size(), file)) + voters();
			String reason = ready == pods.size() ? t.get("etcd.unproven.ready", ready)
					: t.get("etcd.unproven.not-ready", pods.size() - ready, pods.size(), ComponentPods.notReady(pods));
			return direct(new ComponentLive(ha, summary, Health.ofReady(ready, pods.size()), reason,
					t.get("evidence.pods")));
		}
		int members = Math.max(proven.get().count(), pods.size());
		int quorum = members / 2 + 1;
		String ha = t.get("etcd.ha.stacked", members, quorum, tolerates(members), proven.get().pod());
		Health health = ready >= members ? Health.HEALTHY : ready >= quorum ? Health.DEGRADED : Health.DOWN;
		String reason = ready >= members ? t.get("etcd.quorum.all", members)
				: ready >= quorum ? t.get("etcd.quorum.holds", ready, members, quorum, ComponentPods.notReady(pods))
						: t.get("etcd.quorum.lost", ready, members, quorum, ComponentPods.notReady(pods));
		return direct(new ComponentLive(ha, summary, health, reason, t.get("evidence.pods-initial-cluster")));
	}

	/** How many failures a cluster of this size survives: an even count no more than the odd count below it. */
	String tolerates(int members) {
		int failures = (members - 1) / 2;
		return members % 2 == 0 && members > 0 ? t.get("etcd.tolerates.even", failures, members - 1)
				: t.get("etcd.tolerates", failures);
	}

	private record Proven(int count, String pod) {
	}

	/**
	 * --initial-cluster lists the members a member joined with; a member that joined later lists every one
	 * before it, so the longest list is the best proof of the count.
	 */
	private static Optional<Proven> members(List<PodFact> pods) {
		return pods.stream()
			.filter((p) -> !p.flags().getOrDefault("initial-cluster", "").isBlank())
			.map((p) -> new Proven((int) Arrays.stream(p.flags().get("initial-cluster").split(","))
				.map((e) -> e.split("=", 2)[0].strip())
				.filter((n) -> !n.isEmpty())
				.distinct()
				.count(), p.name()))
			.max(java.util.Comparator.comparingInt(Proven::count));
	}

	private static String configFile(List<PodFact> pods) {
		return pods.stream()
			.map((p) -> p.flags().getOrDefault("config-file", ""))
			.filter((f) -> !f.isEmpty())
			.findFirst()
			.map((f) -> "--config-file=" + f)
			.orElse("");
	}

	private String voters() {
		List<String> voters = facts.nodes()
			.stream()
			.filter((n) -> n.conditions().stream().anyMatch((c) -> VOTER_CONDITION.equals(c.type()) && c.isTrue()))
			.map(NodeFact::name)
			.toList();
		return voters.isEmpty() ? "" : "; " + t.get("etcd.voter-condition", String.join(", ", voters));
	}

	/**
	 * etcd's own answer (endpoint health and member list, live or captured) outranks its pods' Ready: pods of a
	 * node that stopped reporting are NotReady while the members keep their quorum.
	 */
	ComponentLive direct(ComponentLive fromPods) {
		Optional<EtcdFacts> etcd = facts.probes().etcd().filter((e) -> e.availability().hasData()
				&& !e.members().isEmpty());
		if (etcd.isEmpty()) {
			return fromPods;
		}
		long voting = etcd.get().members().stream().filter((m) -> !m.learner()).count();
		long healthy = etcd.get().endpoints().stream().filter(EtcdEndpointFact::healthy).count();
		long quorum = voting / 2 + 1;
		Health health = healthy >= voting ? Health.HEALTHY : healthy >= quorum ? Health.DEGRADED : Health.DOWN;
		String reason = t.get("etcd.direct", healthy, voting, quorum);
		if (fromPods.health() != health) {
			reason = reason + "; " + t.get("etcd.direct.pods-disagree", fromPods.reason());
		}
		return new ComponentLive(fromPods.haLive(), fromPods.summary(), health, reason, t.get("evidence.etcd-direct"));
	}

}
