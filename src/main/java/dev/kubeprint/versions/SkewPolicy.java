package dev.kubeprint.versions;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.versions.VersionsView.Status;

/**
 * Kubernetes' version-skew policy: kubelet and kube-proxy not newer than the API server and at most three
 * minor versions older (two before 1.28); kube-controller-manager, kube-scheduler and
 * cloud-controller-manager not newer and at most one minor older.
 */
final class SkewPolicy {

	private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?.*");

	private SkewPolicy() {
	}

	/** The minor of "v1.30.6", "1.29" or an image tag "registry.k8s.io/kube-scheduler:v1.30.6". */
	static OptionalInt minor(String version) {
		if (version == null) {
			return OptionalInt.empty();
		}
		String v = version.contains(":") ? version.substring(version.lastIndexOf(':') + 1) : version;
		Matcher m = VERSION.matcher(v);
		return m.matches() && "1".equals(m.group(1)) ? OptionalInt.of(Integer.parseInt(m.group(2)))
				: OptionalInt.empty();
	}

	/** The tag of an image, or the whole string when it has none. */
	static String tag(String image) {
		int colon = image.lastIndexOf(':');
		return colon < 0 || image.indexOf('/', colon) >= 0 ? image : image.substring(colon + 1);
	}

	/** How many minors older than the API server a node agent may be, by the API server's own minor. */
	static int nodeAgentAllowance(int apiServerMinor) {
		return apiServerMinor >= 28 ? 3 : 2;
	}

	static Status nodeAgent(int apiServerMinor, int minor) {
		int behind = apiServerMinor - minor;
		if (behind < 0) {
			return Status.FAIL;
		}
		return behind > nodeAgentAllowance(apiServerMinor) ? Status.FAIL : behind == 0 ? Status.OK : Status.INFO;
	}

	static Status controlPlane(int apiServerMinor, int minor) {
		int behind = apiServerMinor - minor;
		if (behind < 0 || behind > 1) {
			return Status.FAIL;
		}
		return behind == 0 ? Status.OK : Status.INFO;
	}

}
