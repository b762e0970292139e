package dev.kubeprint.health;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.NodeConditionReference;
import dev.kubeprint.reference.NodeConditions;

/** How a node is judged, shared by the overview, the nodes page and the checks so all judge a node alike. */
public final class NodeHealth {

	private NodeHealth() {
	}

	/** A node's colour and why. */
	public record NodeState(Health health, String reason) {
	}

	/**
	 * What a condition other than Ready says about its node. Only types whose polarity the reference knows are
	 * judged: EtcdIsVoter=True or a CNI's NetworkUnavailable=False are fine, an add-on's own type is shown as it
	 * is.
	 */
	public enum ConditionVerdict {

		PROBLEM, FINE, NOT_JUDGED

	}

	/** NotReady or unknown before pressure, pressure before cordoning. */
	public static NodeState state(NodeFact n, Texts t) {
		List<ConditionFact> problems = problems(n);
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

	/** The conditions other than Ready that are known to be bad in their current status. */
	public static List<ConditionFact> problems(NodeFact n) {
		return n.conditions().stream().filter((c) -> judge(c) == ConditionVerdict.PROBLEM).toList();
	}

	/**
	 * A known negative type is a problem when True and fine when False; a known positive type is fine when
	 * True. Everything else, Unknown statuses included (they follow an unreachable kubelet, which Ready already
	 * says), is shown without a verdict.
	 */
	public static ConditionVerdict judge(ConditionFact c) {
		Optional<NodeConditionReference> known = NodeConditions.bundled().type(c.type());
		if (known.isEmpty()) {
			return ConditionVerdict.NOT_JUDGED;
		}
		boolean bad = known.get().badWhenTrue();
		if (c.isTrue()) {
			return bad ? ConditionVerdict.PROBLEM : ConditionVerdict.FINE;
		}
		return bad && "False".equals(c.status()) ? ConditionVerdict.FINE : ConditionVerdict.NOT_JUDGED;
	}

	/** What the type means, in the reader's language; empty for a type the reference does not know. */
	public static String meaning(ConditionFact c, Texts t) {
		return NodeConditions.bundled().type(c.type()).map((r) -> t.pick(r.description())).orElse("");
	}

}
