package dev.kubeprint.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NamespaceFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.KubeProxyMode;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.reference.VersionChangeReference;
import dev.kubeprint.versions.VersionsView.ChangeRow;
import dev.kubeprint.versions.VersionsView.Status;
import dev.kubeprint.versions.VersionsView.Timing;

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
		ClusterVersion cluster = ClusterVersion.of(facts, t);
		PodScan pods = scan(facts);
		List<ChangeRow> changes = new ArrayList<>();
		for (VersionChangeReference ref : reference.versionChanges()) {
			Timing timing = timing(cluster.minor(), ref.minor());
			Finding f = check(ref.check(), cluster.minor(), ref.minor(), facts, pods, t);
			changes.add(new ChangeRow(ref.version(), t.pick(ref.change()), t.pick(ref.impact()),
					t.pick(ref.migration()), t.pick(ref.note()), timing == Timing.APPLIES_NOW || timing == Timing.PASSED,
					ref.check() == null ? "" : ref.check(), f.status(), f.text(), timing,
					t.get("versions.timing." + timing, "1." + ref.minor(), cluster.version())));
		}
		return new VersionsView(cluster.version(), changes,
				SkewAnalyzer.skew(facts, cluster, pods.controlPlane(), reference.addOnVersions(), t), cluster.basis());
	}

	/** The same four words on every row, in every language: applies now, not yet, passed, cannot tell. */
	static Timing timing(OptionalInt cluster, int change) {
		if (cluster.isEmpty()) {
			return Timing.UNKNOWN;
		}
		int minor = cluster.getAsInt();
		return minor == change ? Timing.APPLIES_NOW : minor < change ? Timing.NOT_YET : Timing.PASSED;
	}

	record Finding(Status status, String text) {
	}

	/**
	 * @param change the row's own minor: a change the API cannot show is "not yet" exactly when its row is
	 */
	Finding check(String id, OptionalInt cluster, int change, ClusterFacts facts, PodScan pods, Texts t) {
		if ("dockershim-runtime".equals(id)) {
			// Judged by each node's kubelet, which the server version does not change.
			return DockershimCheck.check(facts, t);
		}
		if (cluster.isEmpty()) {
			return new Finding(Status.UNKNOWN, t.get("versions.unknown-version"));
		}
		int minor = cluster.getAsInt();
		if (id == null) {
			return new Finding(Status.INFO, "");
		}
		return switch (id) {
			case "psp-removed" -> podSecurity(minor, facts, t);
			case "kube-proxy-nftables" -> nftables(minor, facts, t);
			case "sidecar-containers" -> sidecars(minor, pods, t);
			case "apparmor-fields" -> appArmor(minor, pods, t);
			case "in-place-resize", "lb-ip-mode", "node-swap", "dra" -> byVersion(minor, change, id, t);
			default -> new Finding(Status.UNKNOWN, t.get("versions.check.unknown", id));
		};
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

	static String names(List<String> names) {
		return names.size() <= 5 ? String.join(", ", names)
				: String.join(", ", names.subList(0, 5)) + " (+" + (names.size() - 5) + ")";
	}

}
