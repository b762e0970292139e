package dev.kubeprint.workloads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.StatefulSetFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.workloads.WorkloadsView.ControllerRow;
import dev.kubeprint.workloads.WorkloadsView.ControllersPart;

/**
 * Deployments, DaemonSets and StatefulSets short of ready replicas or with pods terminating, and why when the
 * cluster says: the newest Warning Event about one of their pods, else the reason a pod of theirs gives.
 * Pods and Events are indexed once, so this stays one pass over each however many controllers there are.
 */
final class ControllerHealth {

	private final ClusterFacts facts;

	private final Texts t;

	private final boolean podsRead;

	/** Pods by the controller that owns them, "Deployment/ns/name". */
	private final Map<String, List<PodFact>> podsByOwner = new HashMap<>();

	/** The newest Warning Event about each object, "Pod/ns/name". */
	private final Map<String, EventFact> newestWarning = new HashMap<>();

	private ControllerHealth(ClusterFacts facts, Texts t) {
		this.facts = facts;
		this.t = t;
		this.podsRead = facts.availability(FactKind.PODS).hasData();
		if (podsRead) {
			for (PodFact p : facts.pods()) {
				String owner = owner(p);
				if (owner != null) {
					podsByOwner.computeIfAbsent(owner, (k) -> new ArrayList<>()).add(p);
				}
			}
		}
		if (facts.availability(FactKind.EVENTS).hasData()) {
			// newest first, as the bound sorted them: the first seen per object is its newest
			for (EventFact e : facts.items(FactKind.EVENTS)) {
				if (e.warning()) {
					newestWarning.putIfAbsent(e.involvedKind() + "/" + e.namespace() + "/" + e.involvedName(), e);
				}
			}
		}
	}

	static ControllersPart analyze(ClusterFacts facts, Texts t) {
		return new ControllerHealth(facts, t).part();
	}

	private ControllersPart part() {
		List<String> unread = new ArrayList<>();
		List<ControllerRow> attention = new ArrayList<>();
		int complete = 0;
		if (read(FactKind.DEPLOYMENTS, unread)) {
			for (DeploymentFact d : facts.items(FactKind.DEPLOYMENTS)) {
				complete += add(attention, "Deployment", d.namespace(), d.name(), d.replicas(), d.ready());
			}
		}
		if (read(FactKind.DAEMON_SETS, unread)) {
			for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
				complete += add(attention, "DaemonSet", d.namespace(), d.name(), d.desired(), d.ready());
			}
		}
		if (read(FactKind.STATEFUL_SETS, unread)) {
			for (StatefulSetFact s : facts.items(FactKind.STATEFUL_SETS)) {
				complete += add(attention, "StatefulSet", s.namespace(), s.name(), s.replicas(), s.ready());
			}
		}
		attention.sort(Comparator.comparingInt(ControllerRow::missing)
			.thenComparingInt(ControllerRow::terminating)
			.reversed()
			.thenComparing(ControllerRow::namespace)
			.thenComparing(ControllerRow::name));
		int kindsRead = 3 - unread.size();
		// Of controllers read, replicas are known but not their pods; with none read, the kinds' notes say it all.
		if (!podsRead && kindsRead > 0) {
			unread.add(Unread.of(FactKind.PODS, facts.availability(FactKind.PODS), t));
		}
		return new ControllersPart(unread, kindsRead, attention, complete, podsRead);
	}

	private boolean read(FactKind<?> kind, List<String> unread) {
		Availability a = facts.availability(kind);
		if (!a.hasData()) {
			unread.add(Unread.of(kind, a, t));
		}
		return a.hasData();
	}

	/** Adds the controller when it needs a look; returns 1 when it does not. */
	private int add(List<ControllerRow> rows, String kind, String namespace, String name, int desired, int ready) {
		List<PodFact> pods = podsByOwner.getOrDefault(kind + "/" + namespace + "/" + name, List.of());
		int terminating = (int) pods.stream().filter(PodFact::terminating).count();
		if (ready >= desired && terminating == 0) {
			return 1;
		}
		String why = "";
		String basis = t.get("workloads.why.none");
		EventFact newest = null;
		for (PodFact p : pods) {
			EventFact e = newestWarning.get("Pod/" + namespace + "/" + p.name());
			newest = newer(newest, e);
		}
		newest = newest != null ? newest : newestWarning.get(kind + "/" + namespace + "/" + name);
		if (newest != null) {
			why = newest.reason() + ": " + newest.message();
			basis = t.get("workloads.why.event", newest.involvedKind(), newest.involvedName(),
					String.valueOf(newest.last()));
		}
		else {
			PodFact explained = pods.stream().filter((p) -> !p.reason().isEmpty()).findFirst().orElse(null);
			if (explained != null) {
				why = explained.reason();
				basis = t.get("workloads.why.pod", explained.name());
			}
		}
		rows.add(new ControllerRow(kind, namespace, name, desired, ready, podsRead ? pods.size() : -1, terminating,
				why, basis));
		return 0;
	}

	private static EventFact newer(EventFact a, EventFact b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return b.last() != null && (a.last() == null || b.last().isAfter(a.last())) ? b : a;
	}

	/**
	 * The controller a pod belongs to: a Deployment owns its pods through a ReplicaSet named after it and a
	 * hash, name-hash; null for pods of anything else.
	 */
	static String owner(PodFact p) {
		return switch (p.ownerKind()) {
			case "ReplicaSet" -> {
				int dash = p.ownerName().lastIndexOf('-');
				yield dash <= 0 ? null : "Deployment/" + p.namespace() + "/" + p.ownerName().substring(0, dash);
			}
			case "DaemonSet", "StatefulSet" -> p.ownerKind() + "/" + p.namespace() + "/" + p.ownerName();
			default -> null;
		};
	}

}
