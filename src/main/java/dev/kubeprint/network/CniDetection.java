package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.CniView;
import dev.kubeprint.network.NetworkView.NodeNetwork;
import dev.kubeprint.reference.CniReference;

/** Which CNI runs, by the hints of the reference data, and in which mode, by the reader for that CNI. */
final class CniDetection {

	/** One reader per CNI the reference knows; a CNI without one shows no mode. */
	static final List<CniMode.Reader> READERS = List.of(new CalicoMode(), new CiliumMode(), new FlannelMode(),
			new TerwayMode(), new AwsVpcCniMode());

	/** The recognised CNI and what gave it away; a running DaemonSet outweighs a leftover ConfigMap. */
	record Detected(CniReference cni, DaemonSetFact daemonSet, List<String> evidence) {
	}

	private final List<CniReference> cnis;

	CniDetection(List<CniReference> cnis) {
		this.cnis = cnis;
	}

	Detected detect(ClusterFacts facts, Map<String, ConfigMapFact> maps) {
		Detected byConfigMap = null;
		for (CniReference c : cnis) {
			List<String> evidence = new ArrayList<>();
			DaemonSetFact agent = null;
			for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
				boolean byName = c.detect().daemonSets().contains(d.name());
				Optional<String> image = d.images()
					.stream()
					.filter((i) -> c.detect().images().stream().anyMatch(i::contains))
					.findFirst();
				if (byName || image.isPresent()) {
					agent = agent == null ? d : agent;
					evidence.add(describe(d));
				}
			}
			for (String name : c.detect().configMaps()) {
				ConfigMapFact cm = maps.get(name);
				if (cm != null) {
					evidence.add("ConfigMap " + cm.namespace() + "/" + cm.name());
				}
			}
			if (agent != null) {
				return new Detected(c, agent, evidence);
			}
			if (!evidence.isEmpty() && byConfigMap == null) {
				byConfigMap = new Detected(c, null, evidence);
			}
		}
		return byConfigMap != null ? byConfigMap : new Detected(null, null, List.of());
	}

	/** "DaemonSet kube-system/cilium (rancher/mirrored-cilium-cilium:v1.18.1)": the image tells the version. */
	static String describe(DaemonSetFact d) {
		// The agent's image is named for the DaemonSet; init images (cni plugins) come first and say less.
		String image = d.images()
			.stream()
			.filter((i) -> i.substring(i.lastIndexOf('/') + 1).contains(d.name()))
			.findFirst()
			.orElse(d.images().isEmpty() ? "" : d.images().get(0));
		return "DaemonSet " + d.namespace() + "/" + d.name() + (image.isEmpty() ? "" : " (" + image + ")");
	}

	static CniMode mode(Detected d, Map<String, ConfigMapFact> maps, List<NodeFact> nodes, Texts t) {
		CniMode.Inputs inputs = new CniMode.Inputs(d.daemonSet(), maps, nodes);
		return READERS.stream()
			.filter((r) -> r.cni().equals(d.cni().id()))
			.findFirst()
			.map((r) -> r.read(inputs, t))
			.orElse(CniMode.UNKNOWN);
	}

	/** The CNI's other parts that run as Deployments, by the reference's names, each with ready/desired. */
	static List<String> components(CniReference cni, ClusterFacts facts, Texts t) {
		List<String> found = new ArrayList<>();
		for (String name : cni.detect().components()) {
			for (DeploymentFact d : facts.items(FactKind.DEPLOYMENTS)) {
				if (d.name().equals(name)) {
					found.add(t.get("network.cni.component", d.namespace(), d.name(), d.ready(), d.replicas()));
				}
			}
		}
		return found;
	}

	static CniView view(Detected d, ClusterFacts facts, Map<String, ConfigMapFact> maps, Texts t) {
		// Whatever runs (or nothing), the nodes' NetworkUnavailable condition says whether it set up their network.
		List<NodeNetwork> nodes = new ArrayList<>(NodeEvidence.readiness(facts));
		if (d.cni() == null) {
			return AgentlessCni.find(facts, t)
				.map((f) -> new CniView(f.id(), f.name(), "", "", f.evidence(), "", f.agent() == null ? ""
						: t.get("network.cni.ready", f.agent().ready(), f.agent().desired()), List.of(), nodes))
				.orElseGet(() -> new CniView("", AgentlessCni.unrecognised(facts, t), "", "", List.of(), "", "",
						List.of(), nodes));
		}
		CniMode mode = mode(d, maps, facts.nodes(), t);
		List<String> notes = new ArrayList<>(mode.notes());
		if ("calico".equals(d.cni().id())) {
			List<NodeNetwork> calico = NodeEvidence.calico(facts, t);
			String ipam = NodeEvidence.calicoIpam(calico, t);
			if (!ipam.isEmpty()) {
				notes.add(ipam);
			}
			nodes.addAll(0, calico);
		}
		notes.addAll(components(d.cni(), facts, t));
		String replacement = "cilium".equals(d.cni().id()) ? KubeProxyReplacement.of(facts, maps, t) : "";
		String ready = d.daemonSet() == null ? t.get("network.cni.no-agent")
				: t.get("network.cni.ready", d.daemonSet().ready(), d.daemonSet().desired());
		return new CniView(d.cni().id(), d.cni().name(), mode.mode(), mode.source(), d.evidence(), replacement, ready,
				notes, nodes);
	}

}
