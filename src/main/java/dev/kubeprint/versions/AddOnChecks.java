package dev.kubeprint.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.AddOnVersions;
import dev.kubeprint.versions.VersionsView.AddOnRow;
import dev.kubeprint.versions.VersionsView.Status;

/**
 * Add-ons that age apart from the cluster: kube-proxy's image against the kubelets beside it, CoreDNS against
 * the version kubeadm ships with the cluster's release. Read from images, whose tags distributions decorate
 * (v1.22.6-eksbuild.1, hyperkube:v1.16.7-hotfix.20200408, hardened-coredns:v1.12.3-build20250909).
 */
final class AddOnChecks {

	private static final Pattern SEMVER = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+).*");

	private AddOnChecks() {
	}

	static List<AddOnRow> check(ClusterFacts facts, ClusterVersion cluster, AddOnVersions reference, Texts t) {
		List<AddOnRow> rows = new ArrayList<>();
		Set<Integer> kubelets = kubeletMinors(facts);
		images(facts, "kube-proxy").forEach((image, where) -> rows.add(kubeProxy(image, where, kubelets, cluster, t)));
		images(facts, "coredns").forEach((image, where) -> rows.add(coreDns(image, where, cluster, reference, t)));
		return rows;
	}

	private static AddOnRow kubeProxy(String image, String where, Set<Integer> kubelets, ClusterVersion cluster,
			Texts t) {
		String tag = SkewPolicy.tag(image);
		OptionalInt minor = SkewPolicy.minor(tag);
		if (minor.isEmpty()) {
			return new AddOnRow("kube-proxy", where, image, tag, Status.UNKNOWN, t.get("versions.addon.unreadable"));
		}
		if (kubelets.isEmpty()) {
			return new AddOnRow("kube-proxy", where, image, tag, Status.UNKNOWN, t.get("versions.addon.no-kubelets"));
		}
		// From 1.25 kube-proxy may be as far from its kubelet as a kubelet from the API server; before, the same
		// minor was asked. Without the API server's version, the kubelet's own rule is the closest basis.
		int release = cluster.minor().orElse(kubelets.stream().max(Integer::compare).orElseThrow());
		int allowed = release >= 25 ? SkewPolicy.nodeAgentAllowance(release) : 0;
		int apart = kubelets.stream().mapToInt((k) -> Math.abs(k - minor.getAsInt())).max().orElse(0);
		String kubeletList = kubelets.stream().map((k) -> "1." + k).reduce((a, b) -> a + ", " + b).orElse("");
		if (apart == 0) {
			return new AddOnRow("kube-proxy", where, image, tag, Status.OK,
					t.get("versions.addon.kube-proxy.same", "1." + minor.getAsInt(), kubeletList));
		}
		return new AddOnRow("kube-proxy", where, image, tag, apart > allowed ? Status.WARN : Status.INFO,
				t.get(apart > allowed ? "versions.addon.kube-proxy.too-far" : "versions.addon.kube-proxy.allowed",
						"1." + minor.getAsInt(), kubeletList, apart, allowed));
	}

	private static AddOnRow coreDns(String image, String where, ClusterVersion cluster, AddOnVersions reference,
			Texts t) {
		String tag = SkewPolicy.tag(image);
		Matcher m = SEMVER.matcher(tag);
		if (!m.matches()) {
			return new AddOnRow("CoreDNS", where, image, tag, Status.UNKNOWN, t.get("versions.addon.unreadable"));
		}
		if (!cluster.known()) {
			return new AddOnRow("CoreDNS", where, image, tag, Status.UNKNOWN, t.get("versions.addon.coredns.no-release"));
		}
		int release = cluster.minor().getAsInt();
		Optional<String> shipped = reference.coreDnsFor(release);
		if (shipped.isEmpty()) {
			return new AddOnRow("CoreDNS", where, image, tag, Status.UNKNOWN,
					t.get("versions.addon.coredns.no-reference", "1." + release));
		}
		int compared = compare(m, SEMVER.matcher(shipped.get()));
		String key = compared < 0 ? "versions.addon.coredns.older" : compared == 0 ? "versions.addon.coredns.default"
				: "versions.addon.coredns.newer";
		return new AddOnRow("CoreDNS", where, image, tag, compared < 0 ? Status.INFO : Status.OK,
				t.get(key, "1." + release, shipped.get()));
	}

	private static int compare(Matcher a, Matcher b) {
		b.matches();
		for (int g = 1; g <= 3; g++) {
			int c = Integer.compare(Integer.parseInt(a.group(g)), Integer.parseInt(b.group(g)));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	/**
	 * Each distinct image of the add-on in kube-system, with where it was seen first: its DaemonSet or
	 * Deployment, else a pod (rke2 runs kube-proxy as a static pod). Matched on the image's repository name, as
	 * distributions rename the workloads (rke2-coredns-rke2-coredns).
	 */
	private static Map<String, String> images(ClusterFacts facts, String repository) {
		Map<String, String> found = new LinkedHashMap<>();
		for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
			if ("kube-system".equals(d.namespace())) {
				d.images().stream().filter((i) -> is(i, repository, d.name())).forEach((i) -> found.putIfAbsent(i,
						"DaemonSet " + d.name()));
			}
		}
		for (DeploymentFact d : facts.items(FactKind.DEPLOYMENTS)) {
			if ("kube-system".equals(d.namespace())) {
				d.images().stream().filter((i) -> is(i, repository, d.name())).forEach((i) -> found.putIfAbsent(i,
						"Deployment " + d.name()));
			}
		}
		for (PodFact p : facts.pods()) {
			if ("kube-system".equals(p.namespace()) && !p.image().isEmpty() && is(p.image(), repository, p.name())) {
				found.putIfAbsent(p.image(), "Pod " + p.name());
			}
		}
		return found;
	}

	/** hyperkube and rke2's hardened-kubernetes carry every component: the workload's name says which. */
	private static boolean is(String image, String repository, String workload) {
		String repo = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
		String name = repo.substring(repo.lastIndexOf('/') + 1);
		if (name.equals("hyperkube") || name.equals("hardened-kubernetes")) {
			return workload.startsWith(repository);
		}
		return name.equals(repository) || name.endsWith("-" + repository);
	}

	private static Set<Integer> kubeletMinors(ClusterFacts facts) {
		Set<Integer> minors = new TreeSet<>();
		for (NodeFact n : facts.nodes()) {
			if (n.info() != null) {
				SkewPolicy.minor(n.info().kubeletVersion()).ifPresent(minors::add);
			}
		}
		return minors;
	}

}
