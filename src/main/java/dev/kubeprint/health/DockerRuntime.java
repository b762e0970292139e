package dev.kubeprint.health;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;

/**
 * What a node's docker runtime means, judged by that node's own kubelet: dockershim lived in the kubelet until
 * v1.24, so docker before 1.24 is dockershim at work, and docker reported by a 1.24+ kubelet can only come
 * through cri-dockerd. The API server's version says nothing about it.
 */
public final class DockerRuntime {

	/** The kubelet release that no longer has dockershim. */
	public static final int DOCKERSHIM_REMOVED = 24;

	private static final Pattern KUBELET = Pattern.compile("v?1\\.(\\d+)(?:\\.\\d+)?.*");

	private DockerRuntime() {
	}

	public enum Kind {

		/** Another runtime, or none reported. */
		NOT_DOCKER,
		/** docker through the kubelet's own dockershim (kubelet before 1.24): fine until that upgrade. */
		DOCKERSHIM,
		/** docker from a 1.24+ kubelet on a Ready node: cri-dockerd works. */
		CRI_DOCKERD,
		/** docker from a 1.24+ kubelet on a node that is not Ready: cri-dockerd is needed and not shown working. */
		CRI_DOCKERD_NOT_READY,
		/** docker, but the kubelet's version cannot be read: which of the above is not known. */
		UNKNOWN_KUBELET

	}

	/** A node's docker verdict with its basis in words; the text is empty when the node is not on docker. */
	public record Verdict(Kind kind, String text) {

		/** Only a node that should run cri-dockerd and is not Ready needs someone to look at its runtime. */
		public boolean needsAttention() {
			return kind == Kind.CRI_DOCKERD_NOT_READY;
		}

		public boolean docker() {
			return kind != Kind.NOT_DOCKER;
		}

	}

	public static Verdict of(NodeFact n, Texts t) {
		if (n.info() == null || !"docker".equals(n.info().runtimeName())) {
			return new Verdict(Kind.NOT_DOCKER, "");
		}
		String kubelet = n.info().kubeletVersion();
		Matcher m = KUBELET.matcher(kubelet == null ? "" : kubelet);
		if (!m.matches()) {
			return new Verdict(Kind.UNKNOWN_KUBELET, t.get("node.docker.unknown-kubelet"));
		}
		if (Integer.parseInt(m.group(1)) < DOCKERSHIM_REMOVED) {
			return new Verdict(Kind.DOCKERSHIM, t.get("node.docker.dockershim", kubelet));
		}
		return n.isReady() ? new Verdict(Kind.CRI_DOCKERD, t.get("node.docker.cri-dockerd", kubelet))
				: new Verdict(Kind.CRI_DOCKERD_NOT_READY, t.get("node.docker.cri-dockerd-not-ready", kubelet));
	}

}
