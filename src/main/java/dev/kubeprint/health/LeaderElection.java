package dev.kubeprint.health;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.PodFact;

/**
 * Who leads a leader-elected component, from the strongest record there is: its Lease, then the older
 * control-plane.alpha.kubernetes.io/leader annotation on a kube-system ConfigMap. The lock's name and
 * namespace come from the pods' --leader-elect-resource-name/-namespace when set (RKE2 names its cloud
 * controller's lock rke2-cloud-controller-manager).
 *
 * @param state how the leader is known, or why it is not
 * @param lease the lease, or the annotation read as one; null unless {@link State#LEASE} or {@link State#ANNOTATION}
 * @param lock namespace/name of the lock looked for
 * @param disabledOn with {@link State#DISABLED}, the pod started with --leader-elect=false
 */
record LeaderElection(State state, LeaseFact lease, String lock, String disabledOn) {

	enum State {

		LEASE, ANNOTATION, DISABLED,
		/** Neither Leases nor a ConfigMap with the annotation are in the data. */
		NOT_COLLECTED,
		/** Leases were collected and none is there. */
		NOT_FOUND

	}

	private static final Pattern HOLDER = Pattern.compile("\"holderIdentity\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern DURATION = Pattern.compile("\"leaseDurationSeconds\"\\s*:\\s*(\\d+)");

	private static final Pattern ACQUIRED = Pattern.compile("\"acquireTime\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern RENEWED = Pattern.compile("\"renewTime\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern TRANSITIONS = Pattern.compile("\"leaderTransitions\"\\s*:\\s*(\\d+)");

	static LeaderElection of(ClusterFacts facts, String id, List<PodFact> pods) {
		Optional<PodFact> disabled = pods.stream().filter((p) -> "false".equals(p.flags().get("leader-elect"))).findFirst();
		if (disabled.isPresent()) {
			return new LeaderElection(State.DISABLED, null, "", disabled.get().name());
		}
		String name = flag(pods, "leader-elect-resource-name", id);
		String namespace = flag(pods, "leader-elect-resource-namespace", ComponentPods.SYSTEM);
		String lock = namespace + "/" + name;
		Optional<LeaseFact> lease = facts.items(FactKind.LEASES)
			.stream()
			.filter((l) -> namespace.equals(l.namespace()) && name.equals(l.name()))
			.findFirst();
		if (lease.isPresent()) {
			return new LeaderElection(State.LEASE, lease.get(), lock, "");
		}
		Optional<LeaseFact> annotated = facts.items(FactKind.CONFIG_MAPS)
			.stream()
			.filter((c) -> namespace.equals(c.namespace()) && name.equals(c.name()) && !c.leader().isEmpty())
			.findFirst()
			.map(LeaderElection::fromAnnotation);
		if (annotated.isPresent()) {
			return new LeaderElection(State.ANNOTATION, annotated.get(), lock, "");
		}
		return new LeaderElection(facts.availability(FactKind.LEASES).hasData() ? State.NOT_FOUND : State.NOT_COLLECTED,
				null, lock, "");
	}

	boolean known() {
		return lease != null;
	}

	/** The full holder identity ("kind-control-plane_f5f04a1f-…"), "" when no leader is known. */
	String holder() {
		return (lease == null || lease.holder() == null) ? "" : lease.holder();
	}

	private static String flag(List<PodFact> pods, String flag, String otherwise) {
		return pods.stream()
			.map((p) -> p.flags().get(flag))
			.filter((v) -> v != null && !v.isEmpty())
			.findFirst()
			.orElse(otherwise);
	}

	/** The annotation holds a LeaderElectionRecord as JSON; only the fields a Lease also has are read. */
	static LeaseFact fromAnnotation(ConfigMapFact map) {
		String json = map.leader();
		return new LeaseFact(map.namespace(), map.name(), text(HOLDER, json), number(DURATION, json),
				time(ACQUIRED, json), time(RENEWED, json), number(TRANSITIONS, json), Map.of());
	}

	private static String text(Pattern pattern, String json) {
		Matcher m = pattern.matcher(json);
		return m.find() ? m.group(1) : null;
	}

	private static Integer number(Pattern pattern, String json) {
		String value = text(pattern, json);
		return (value == null || value.length() > 9) ? null : Integer.valueOf(value);
	}

	private static Instant time(Pattern pattern, String json) {
		String value = text(pattern, json);
		try {
			return (value == null) ? null : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
