package dev.kubeprint.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NamespaceFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.KubeProxyMode;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.reference.VersionChangeReference;
import dev.kubeprint.versions.VersionsView.ChangeRow;
import dev.kubeprint.versions.VersionsView.SkewRow;
import dev.kubeprint.versions.VersionsView.SkewView;
import dev.kubeprint.versions.VersionsView.Status;
import dev.kubeprint.versions.VersionsView.VersionCount;

/** The reference's version table checked against the cluster, and the version-skew policy applied to it. */
public final class VersionsAnalyzer {

	static final String PSA_ENFORCE = "pod-security.kubernetes.io/enforce";

	static final Set<String> CONTROL_PLANE = Set.of("kube-controller-manager", "kube-scheduler",
			"cloud-controller-manager");

	/** Namespaces Kubernetes itself creates; Pod Security levels matter in the others. */
	static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease", "default");

	private final ReferenceCatalog reference;

	public VersionsAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	/** What one pass over the pods found for the checks. */
	private record PodScan(int appArmor, String appArmorExample, int sidecars, String sidecarExample,
			List<PodFact> controlPlane) {
	}

	public VersionsView analyze(ClusterFacts facts, Texts t) {
		OptionalInt minor = facts.serverVersion().map(ServerVersion::minorNumber).orElse(OptionalInt.empty());
		String server = facts.serverVersion().map((v) -> v.gitVersion()).orElse("");
		PodScan pods = scan(facts);
		List<ChangeRow> changes = new ArrayList<>();
		for (VersionChangeReference ref : reference.versionChanges()) {
			boolean applies = minor.isPresent() && ref.minor() <= minor.getAsInt();
			Finding f = minor.isEmpty() ? new Finding(Status.UNKNOWN, t.get("versions.unknown-version"))
					: check(ref.check(), minor.getAsInt(), facts, pods, t);
			changes.add(new ChangeRow(ref.version(), t.pick(ref.change()), t.pick(ref.impact()),
					t.pick(ref.migration()), t.pick(ref.note()), applies, ref.check() == null ? "" : ref.check(),
					f.status(), f.text()));
		}
		return new VersionsView(server, changes, skew(facts, minor, server, pods, t));
	}

	record Finding(Status status, String text) {
	}

	Finding check(String id, int minor, ClusterFacts facts, PodScan pods, Texts t) {
		if (id == null) {
			return new Finding(Status.INFO, "");
		}
		return switch (id) {
			case "dockershim-runtime" -> dockershim(minor, facts, t);
			case "psp-removed" -> podSecurity(minor, facts, t);
			case "kube-proxy-nftables" -> nftables(minor, facts, t);
			case "sidecar-containers" -> sidecars(minor, pods, t);
			case "apparmor-fields" -> appArmor(minor, pods, t);
			case "in-place-resize" -> byVersion(minor, 27, "in-place-resize", t);
			case "lb-ip-mode" -> byVersion(minor, 29, "lb-ip-mode", t);
			case "node-swap" -> byVersion(minor, 28, "node-swap", t);
			case "dra" -> byVersion(minor, 26, "dra", t);
			default -> new Finding(Status.UNKNOWN, t.get("versions.check.unknown", id));
		};
	}

	private static Finding dockershim(int minor, ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.NODES).hasData()) {
			return new Finding(Status.UNKNOWN, facts.availability(FactKind.NODES).reason());
		}
		List<String> docker = facts.nodes()
			.stream()
			.filter((n) -> n.info() != null && "docker".equals(n.info().runtimeName()))
			.map(NodeFact::name)
			.toList();
		if (docker.isEmpty()) {
			return new Finding(Status.OK, t.get("versions.check.dockershim.none", facts.nodes().size()));
		}
		return new Finding(minor >= 24 ? Status.FAIL : Status.WARN,
				t.get(minor >= 24 ? "versions.check.dockershim.gone" : "versions.check.dockershim.soon", docker.size(),
						names(docker)));
	}

	/** PodSecurityPolicy is gone from 1.25: what protects pods now is Pod Security Admission's namespace labels. */
	private static Finding podSecurity(int minor, ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.NAMESPACES).hasData()) {
			return new Finding(Status.UNKNOWN, facts.availability(FactKind.NAMESPACES).reason());
		}
		Map<String, Integer> levels = new TreeMap<>();
		List<String> unlabelled = new ArrayList<>();
		int total = 0;
		for (NamespaceFact ns : facts.items(FactKind.NAMESPACES)) {
			if (SYSTEM_NAMESPACES.contains(ns.name())) {
				continue;
			}
			total++;
			String level = ns.labels().get(PSA_ENFORCE);
			if (level == null) {
				unlabelled.add(ns.name());
			}
			else {
				levels.merge(level, 1, Integer::sum);
			}
		}
		String enforced = levels.isEmpty() ? "" : levels.toString().replaceAll("[{}]", "");
		if (unlabelled.isEmpty()) {
			return new Finding(Status.OK, t.get("versions.check.psa.all", total, enforced));
		}
		return new Finding(minor >= 25 ? Status.WARN : Status.INFO,
				t.get("versions.check.psa.missing", unlabelled.size(), total, names(unlabelled),
						enforced.isEmpty() ? "—" : enforced));
	}

	/** nftables mode is alpha in 1.29–1.30 (feature gate NFTablesProxyMode), beta from 1.31. */
	private static Finding nftables(int minor, ClusterFacts facts, Texts t) {
		KubeProxyMode mode = KubeProxyMode.detect(facts);
		String current = mode.known() ? mode.mode() : "?";
		if ("nftables".equals(mode.mode())) {
			if (minor < 29) {
				return new Finding(Status.FAIL, t.get("versions.check.nftables.unsupported", minor));
			}
			return new Finding(minor < 31 ? Status.WARN : Status.OK,
					t.get(minor < 31 ? "versions.check.nftables.alpha-in-use" : "versions.check.nftables.in-use"));
		}
		if (minor < 29) {
			return new Finding(Status.NOT_APPLICABLE, t.get("versions.check.nftables.not-yet", current));
		}
		return new Finding(Status.INFO, t.get(minor < 31 ? "versions.check.nftables.alpha" : "versions.check.nftables.beta",
				current));
	}

	/** Native sidecars: alpha in 1.28 behind SidecarContainers, on by default from 1.29. */
	private static Finding sidecars(int minor, PodScan pods, Texts t) {
		if (pods.sidecars() > 0 && minor < 29) {
			return new Finding(minor < 28 ? Status.FAIL : Status.WARN,
					t.get("versions.check.sidecars.early", pods.sidecars(), pods.sidecarExample(), minor));
		}
		if (minor < 28) {
			return new Finding(Status.NOT_APPLICABLE, t.get("versions.check.sidecars.not-yet"));
		}
		return new Finding(Status.INFO, t.get("versions.check.sidecars.count", pods.sidecars(),
				pods.sidecarExample().isEmpty() ? "—" : pods.sidecarExample()));
	}

	/** AppArmor's fields are GA from 1.30; the beta annotations still work but are to be migrated. */
	private static Finding appArmor(int minor, PodScan pods, Texts t) {
		if (pods.appArmor() == 0) {
			return new Finding(Status.OK, t.get("versions.check.apparmor.none"));
		}
		return new Finding(minor >= 30 ? Status.WARN : Status.INFO,
				t.get("versions.check.apparmor.annotations", pods.appArmor(), pods.appArmorExample()));
	}

	/** Changes that cannot be seen from the API: say from which version they are available. */
	private static Finding byVersion(int minor, int since, String id, Texts t) {
		if (minor < since) {
			return new Finding(Status.NOT_APPLICABLE, t.get("versions.check.not-yet", "1." + since));
		}
		return new Finding(Status.INFO, t.get("versions.check." + id));
	}

	private static PodScan scan(ClusterFacts facts) {
		int appArmor = 0;
		String appArmorExample = "";
		int sidecars = 0;
		String sidecarExample = "";
		List<PodFact> controlPlane = new ArrayList<>();
		for (PodFact p : facts.pods()) {
			if (p.appArmorAnnotations()) {
				appArmor++;
				appArmorExample = appArmorExample.isEmpty() ? p.namespace() + "/" + p.name() : appArmorExample;
			}
			if (p.sidecars()) {
				sidecars++;
				sidecarExample = sidecarExample.isEmpty() ? p.namespace() + "/" + p.name() : sidecarExample;
			}
			if ("kube-system".equals(p.namespace()) && CONTROL_PLANE.contains(p.component()) && !p.image().isEmpty()) {
				controlPlane.add(p);
			}
		}
		return new PodScan(appArmor, appArmorExample, sidecars, sidecarExample, controlPlane);
	}

	private static SkewView skew(ClusterFacts facts, OptionalInt apiMinor, String server, PodScan pods, Texts t) {
		if (apiMinor.isEmpty()) {
			return new SkewView(server, "", List.of(), List.of(), List.of(), 0, t.get("versions.unknown-version"));
		}
		int api = apiMinor.getAsInt();
		int allowance = SkewPolicy.nodeAgentAllowance(api);
		List<SkewRow> components = new ArrayList<>();
		for (PodFact p : pods.controlPlane()) {
			String version = SkewPolicy.tag(p.image());
			OptionalInt minor = SkewPolicy.minor(version);
			if (minor.isEmpty()) {
				// Out-of-tree cloud controllers (Alibaba's v2.9, AWS's) follow their own versions, not the skew policy.
				components.add(new SkewRow(p.component(), p.nodeName(), version, 0, Status.NOT_APPLICABLE,
						t.get("versions.skew.unreadable")));
				continue;
			}
			int behind = api - minor.getAsInt();
			components.add(new SkewRow(p.component(), p.nodeName(), version, behind,
					SkewPolicy.controlPlane(api, minor.getAsInt()), verdict(behind, 1, t)));
		}
		components.sort(Comparator.comparing(SkewRow::component).thenComparing(SkewRow::where));
		List<SkewRow> offenders = new ArrayList<>();
		Map<String, int[]> kubelets = new TreeMap<>();
		for (NodeFact n : facts.nodes()) {
			if (n.info() == null) {
				continue;
			}
			agent("kubelet", n.name(), n.info().kubeletVersion(), api, allowance, offenders, t);
			agent("kube-proxy", n.name(), n.info().kubeProxyVersion(), api, allowance, offenders, t);
			kubelets.computeIfAbsent(n.info().kubeletVersion(), (k) -> new int[1])[0]++;
		}
		offenders.sort(Comparator.comparingInt((SkewRow r) -> -Math.abs(r.minorsBehind()))
			.thenComparing(SkewRow::where)
			.thenComparing(SkewRow::component));
		List<VersionCount> versions = new ArrayList<>();
		kubelets.forEach((version, count) -> {
			OptionalInt minor = SkewPolicy.minor(version);
			int behind = minor.isPresent() ? api - minor.getAsInt() : 0;
			versions.add(new VersionCount(version, count[0], behind,
					minor.isPresent() ? SkewPolicy.nodeAgent(api, minor.getAsInt()) : Status.UNKNOWN));
		});
		return new SkewView(server, t.get("versions.skew.rule", allowance, "1." + api), components, offenders,
				versions, allowance, "");
	}

	/** kube-proxy's version in nodeInfo is deprecated and may be blank: a blank one is not an offence. */
	private static void agent(String component, String node, String version, int api, int allowance,
			List<SkewRow> offenders, Texts t) {
		OptionalInt minor = SkewPolicy.minor(version);
		if (minor.isEmpty()) {
			return;
		}
		Status status = SkewPolicy.nodeAgent(api, minor.getAsInt());
		if (status == Status.FAIL) {
			int behind = api - minor.getAsInt();
			offenders.add(new SkewRow(component, node, version, behind, status, verdict(behind, allowance, t)));
		}
	}

	private static String verdict(int behind, int allowance, Texts t) {
		if (behind < 0) {
			return t.get("versions.skew.newer");
		}
		if (behind == 0) {
			return t.get("versions.skew.same");
		}
		return t.get(behind > allowance ? "versions.skew.too-old" : "versions.skew.allowed", behind, allowance);
	}

	static String names(List<String> names) {
		return names.size() <= 5 ? String.join(", ", names)
				: String.join(", ", names.subList(0, 5)) + " (+" + (names.size() - 5) + ")";
	}

}
