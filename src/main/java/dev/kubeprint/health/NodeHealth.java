package dev.kubeprint.health;

import java.util.List;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;

/** How a node is judged, shared by the overview, the nodes page and the checks so all judge a node alike. */
public final class NodeHealth {

	private NodeHealth() {
	}

	/** A node's colour and why. */
	public record NodeState(Health health, String reason) {
	}

	/** NotReady or unknown before pressure, pressure before cordoning. */
	public static NodeState state(NodeFact n, Texts t) {
		List<ConditionFact> problems = n.problemConditions();
		if (n.ready() == null) {
			return new NodeState(Health.UNKNOWN, t.get("node.no-ready-condition"));
		}
		if (!n.isReady()) {
			return new NodeState(Health.DOWN,
					t.get("node.not-ready", n.ready().status(), n.ready().reason(), n.ready().message()));
		}
		if (!problems.isEmpty()) {
			return new NodeState(Health.DEGRADED,
					problems.stream().map(ConditionFact::type).collect(Collectors.joining(", ")));
		}
		if (n.unschedulable()) {
			return new NodeState(Health.DEGRADED, t.get("node.cordoned"));
		}
		return new NodeState(Health.HEALTHY, t.get("node.ready"));
	}

}
