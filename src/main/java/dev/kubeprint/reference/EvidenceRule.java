package dev.kubeprint.reference;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of thing that, when seen in a cluster, points at a distribution or a provider. Exactly one of the
 * "where to look" fields is set; the rest are null. Regexes are checked here so that a broken one stops the
 * application at startup, naming the file, instead of never matching.
 *
 * @param providerId regex on node {@code spec.providerID}
 * @param nodeLabel label key, a key prefix ending in "/", or key=value
 * @param nodeAnnotation annotation key, or a key prefix ending in "/"; only the annotation families the node
 * projection keeps can be seen
 * @param nodeName regex on the node name
 * @param osImage regex on the node's osImage
 * @param kubeletVersion regex on the node's kubelet version
 * @param serverVersion regex on the API server's gitVersion
 * @param image prefix of a container image of a DaemonSet, a Deployment or a kube-system pod
 * @param pod "namespace/name-prefix" of a pod
 * @param staticPod name prefix of a kube-system pod owned by its Node (a static pod), followed by the node name
 * @param flag "name=value-regex" of a flag of a kube-system pod's first container
 * @param configMap "namespace/name" of a ConfigMap that must exist
 * @param configMapData with configMap: a regex its data must match (the match is quoted as evidence)
 * @param csiDriver the CSI driver of a PersistentVolume or the attacher of a VolumeAttachment
 * @param strength how much one such sighting proves
 * @param says what the sighting is, when the value alone does not tell ("AKS tunnel"); optional
 */
public record EvidenceRule(String providerId, String nodeLabel, String nodeAnnotation, String nodeName,
		String osImage, String kubeletVersion, String serverVersion, String image, String pod, String staticPod,
		String flag, String configMap, String configMapData, String csiDriver, Strength strength,
		LocalizedText says) {

	/** Strong beats any number of medium, medium beats any number of weak. */
	public enum Strength {

		STRONG, MEDIUM, WEAK

	}

	public EvidenceRule {
		long set = Arrays.asList(providerId, nodeLabel, nodeAnnotation, nodeName, osImage, kubeletVersion,
				serverVersion, image, pod, staticPod, flag, configMap, csiDriver)
			.stream()
			.filter(Objects::nonNull)
			.count();
		if (set != 1) {
			throw new IllegalArgumentException("an evidence rule names exactly one place to look, this one names "
					+ set + " (strength " + strength + ")");
		}
		Objects.requireNonNull(strength, "strength is required for every evidence rule");
		if (configMapData != null && configMap == null) {
			throw new IllegalArgumentException("configMapData needs configMap");
		}
		for (String regex : Arrays.asList(providerId, nodeName, osImage, kubeletVersion, serverVersion,
				configMapData)) {
			if (regex != null) {
				Pattern.compile(regex);
			}
		}
		if (pod != null && pod.indexOf('/') < 1) {
			throw new IllegalArgumentException("pod must be namespace/name-prefix: " + pod);
		}
		if (configMap != null && configMap.indexOf('/') < 1) {
			throw new IllegalArgumentException("configMap must be namespace/name: " + configMap);
		}
		if (flag != null) {
			int eq = flag.indexOf('=');
			if (eq < 1) {
				throw new IllegalArgumentException("flag must be name=value-regex: " + flag);
			}
			Pattern.compile(flag.substring(eq + 1));
		}
	}

}
