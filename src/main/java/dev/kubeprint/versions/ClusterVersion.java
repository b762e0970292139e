package dev.kubeprint.versions;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.i18n.Texts;

/**
 * The API server's version and where it was read: {@code /version} when it was collected, else the tag of a
 * kube-apiserver static pod's image (a cluster-info dump has no /version), else unknown. Never a default.
 *
 * @param version e.g. v1.21.0; empty when unknown
 * @param minor empty when unknown
 * @param basis where the version came from, or why it is unknown, in words
 */
record ClusterVersion(String version, OptionalInt minor, String basis) {

	boolean known() {
		return minor.isPresent();
	}

	static ClusterVersion of(ClusterFacts facts, Texts t) {
		Optional<ServerVersion> server = facts.serverVersion();
		if (server.isPresent() && server.get().minorNumber().isPresent()) {
			return new ClusterVersion(server.get().gitVersion(), server.get().minorNumber(),
					t.get("versions.basis.server", server.get().gitVersion()));
		}
		String why = whyNoServerVersion(facts, t);
		Optional<PodFact> apiServer = facts.pods()
			.stream()
			.filter((p) -> "kube-system".equals(p.namespace()) && "kube-apiserver".equals(p.component()))
			.filter((p) -> SkewPolicy.minor(SkewPolicy.tag(p.image())).isPresent())
			.min(Comparator.comparing(PodFact::nodeName).thenComparing(PodFact::name));
		if (apiServer.isPresent()) {
			String tag = SkewPolicy.tag(apiServer.get().image());
			String where = apiServer.get().nodeName().isEmpty() ? apiServer.get().name() : apiServer.get().nodeName();
			return new ClusterVersion(tag, SkewPolicy.minor(tag), t.get("versions.basis.image", tag, where, why));
		}
		return new ClusterVersion("", OptionalInt.empty(), t.get("versions.basis.unknown", why));
	}

	private static String whyNoServerVersion(ClusterFacts facts, Texts t) {
		Availability a = facts.versionAvailability();
		if (facts.serverVersion().isPresent()) {
			return t.get("versions.basis.server-unreadable", facts.serverVersion().get().gitVersion());
		}
		return a == null || a.absentByNature() || a.reason().isEmpty() ? t.get("versions.basis.not-collected")
				: t.get("versions.basis.server-failed", a.reason());
	}

}
