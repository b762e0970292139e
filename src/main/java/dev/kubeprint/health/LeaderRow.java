package dev.kubeprint.health;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ComponentHealth;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;

/** A leader-elected component's row (scheduler, controller managers): its pods and who leads them. */
final class LeaderRow {

	private final ClusterFacts facts;

	private final Texts t;

	private final Optional<String> managed;

	LeaderRow(ClusterFacts facts, Texts t, Optional<String> managed) {
		this.facts = facts;
		this.t = t;
		this.managed = managed;
	}

	ComponentLive live(String id, List<PodFact> pods) {
		LeaderElection election = LeaderElection.of(facts, id, pods);
		Instant now = facts.observedAt();
		String leaderText = leaderText(election, now);
		boolean expired = election.known() && election.lease().expiredAt(now);
		if (!pods.isEmpty()) {
			ComponentLive live = ApiServerRow.fromPods(pods, t.get("leader.ha", pods.size(), leaderText), t);
			String evidence = evidence(election);
			if (expired) {
				LeaseFact l = election.lease();
				return new ComponentLive(live.haLive(), live.summary(), Health.DOWN,
						t.get("lease.expired", l.holderHost(), seconds(l, now), l.durationSeconds()), evidence,
						election.holder());
			}
			if (election.known() && live.health() != Health.HEALTHY) {
				live = renewedOutranksPods(live, pods, election.lease(), now);
			}
			else if (live.health() != Health.HEALTHY) {
				live = healthzOutranksPods(id, live, pods);
				evidence = live.evidence();
			}
			return new ComponentLive(live.haLive(), live.summary(), live.health(), live.reason(), evidence,
					election.holder());
		}
		if (managed.isPresent()) {
			return managedLive();
		}
		if (election.known() && !expired) {
			return new ComponentLive(t.get("leader.ha.lease-only", leaderText), "—", Health.HEALTHY,
					t.get("lease.only", leaderText), evidence(election), election.holder());
		}
		if ("cloud-controller-manager".equals(id)) {
			return new ComponentLive("", "—", Health.NOT_APPLICABLE, t.get("ccm.absent"), t.get("evidence.pods"));
		}
		return notFound(id);
	}

	/**
	 * A lease renewed within its duration proves the leader works, whatever its pod's Ready says: on a node
	 * that stopped posting status the node lifecycle controller marks every pod NotReady.
	 */
	private ComponentLive renewedOutranksPods(ComponentLive live, List<PodFact> pods, LeaseFact lease, Instant now) {
		List<String> silent = ComponentPods.silentNodes(facts, pods);
		String why = silent.isEmpty() ? t.get("component.pods-disagree", ComponentPods.notReady(pods))
				: t.get("component.nodes-silent", ComponentPods.notReady(pods), String.join(", ", silent));
		Health health = ComponentPods.notReadyOnlyOnSilentNodes(facts, pods) ? Health.HEALTHY : Health.DEGRADED;
		return live.withHealth(health, t.get("lease.renewed-outranks", lease.holderHost(), seconds(lease, now), why),
				live.evidence());
	}

	/** Every not-ready instance answering its own /healthz with ok is up, whatever its pod's Ready says. */
	private ComponentLive healthzOutranksPods(String id, ComponentLive live, List<PodFact> pods) {
		List<String> answering = facts.probes()
			.components()
			.stream()
			.filter((h) -> id.equals(h.component()) && h.status() == ComponentHealth.Status.OK)
			.map(ComponentHealth::instance)
			.toList();
		boolean allAnswer = pods.stream().filter((p) -> !p.ready()).allMatch((p) -> answering.contains(p.name()));
		if (answering.isEmpty() || !allAnswer) {
			return live;
		}
		List<String> silent = ComponentPods.silentNodes(facts, pods);
		String why = silent.isEmpty() ? t.get("component.pods-disagree", ComponentPods.notReady(pods))
				: t.get("component.nodes-silent", ComponentPods.notReady(pods), String.join(", ", silent));
		Health health = ComponentPods.notReadyOnlyOnSilentNodes(facts, pods) ? Health.HEALTHY : Health.DEGRADED;
		return live.withHealth(health, t.get("component.healthz-answers", String.join(", ", answering), why),
				t.get("evidence.healthz") + ", " + live.evidence());
	}

	private String leaderText(LeaderElection election, Instant now) {
		return switch (election.state()) {
			case LEASE, ANNOTATION -> t.get("lease.holder", election.lease().holderHost(),
					seconds(election.lease(), now),
					election.lease().transitions() == null ? 0 : election.lease().transitions());
			case DISABLED -> t.get("leader.disabled", election.disabledOn());
			case NOT_COLLECTED -> t.get("leader.not-collected", election.lock());
			case NOT_FOUND -> t.get("lease.none");
		};
	}

	private String evidence(LeaderElection election) {
		return switch (election.state()) {
			case LEASE -> t.get("evidence.pods-lease");
			case ANNOTATION -> t.get("evidence.pods-annotation", election.lock());
			default -> t.get("evidence.pods");
		};
	}

	private static long seconds(LeaseFact lease, Instant now) {
		return lease.sinceRenewal(now) == null ? 0 : Math.max(0, lease.sinceRenewal(now).toSeconds());
	}

	private ComponentLive managedLive() {
		return new ComponentLive(t.get("component.managed.ha", managed.get()), "—", Health.NOT_APPLICABLE,
				t.get("component.managed", managed.get()), t.get("evidence.managed"));
	}

	private ComponentLive notFound(String id) {
		return new ComponentLive("", "—", Health.UNKNOWN, t.get("component.not-found", id), t.get("evidence.pods"));
	}

}
