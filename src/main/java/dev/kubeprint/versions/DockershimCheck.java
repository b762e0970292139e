package dev.kubeprint.versions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.health.DockerRuntime;
import dev.kubeprint.health.DockerRuntime.Kind;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.versions.VersionsAnalyzer.Finding;
import dev.kubeprint.versions.VersionsView.Status;

/**
 * The 1.24 dockershim row, judged node by node from each kubelet's own version: docker under a kubelet before
 * 1.24 is dockershim at work (fine), docker reported by a Ready 1.24+ kubelet proves cri-dockerd.
 */
final class DockershimCheck {

	private DockershimCheck() {
	}

	static Finding check(ClusterFacts facts, Texts t) {
		String unknown = SkewAnalyzer.nodesUnknown(facts, t);
		if (!unknown.isEmpty()) {
			return new Finding(Status.UNKNOWN, unknown);
		}
		Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
		for (NodeFact n : facts.nodes()) {
			byKind.computeIfAbsent(DockerRuntime.of(n, t).kind(), (k) -> new ArrayList<>()).add(n.name());
		}
		if (byKind.keySet().stream().allMatch((k) -> k == Kind.NOT_DOCKER)) {
			return new Finding(Status.OK, t.get("versions.check.dockershim.none", facts.nodes().size()));
		}
		Status status = Status.OK;
		List<String> parts = new ArrayList<>();
		for (Map.Entry<Kind, List<String>> e : byKind.entrySet()) {
			if (e.getKey() == Kind.NOT_DOCKER) {
				continue;
			}
			Status s = switch (e.getKey()) {
				case DOCKERSHIM -> Status.INFO;
				case CRI_DOCKERD_NOT_READY -> Status.WARN;
				case UNKNOWN_KUBELET -> Status.UNKNOWN;
				default -> Status.OK;
			};
			status = s.compareTo(status) > 0 ? s : status;
			parts.add(t.get("versions.check.dockershim." + e.getKey(), e.getValue().size(),
					VersionsAnalyzer.names(e.getValue())));
		}
		return new Finding(status, String.join("; ", parts));
	}

}
