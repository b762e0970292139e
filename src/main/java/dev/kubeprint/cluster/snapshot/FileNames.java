package dev.kubeprint.cluster.snapshot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.FactKind;

/**
 * What a file's path says when its content does not: collectors write bare arrays and kind-less lists, and
 * then only the name tells the kind. Each collector names files its own way, so the name is reduced to the
 * resource it stands for rather than matched against a list of files:
 * {@code pods.json} (kubectl, cluster-info dump), {@code Pods.json} (older Sonobuoy),
 * {@code core_v1_pods.json} and {@code storage.k8s.io_v1_storageclasses.json} (Sonobuoy),
 * {@code cluster-resources/pods/<namespace>.json} and {@code storage-classes.json} (troubleshoot.sh).
 */
final class FileNames {

	/** Names kubectl accepts for a resource besides its plural, and troubleshoot.sh's folder names. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("no", "nodes"),
			Map.entry("po", "pods"), Map.entry("ns", "namespaces"), Map.entry("svc", "services"),
			Map.entry("cm", "configmaps"), Map.entry("pv", "persistentvolumes"), Map.entry("pvs", "persistentvolumes"),
			Map.entry("pvc", "persistentvolumeclaims"), Map.entry("pvcs", "persistentvolumeclaims"),
			Map.entry("sc", "storageclasses"), Map.entry("ds", "daemonsets"), Map.entry("deploy", "deployments"),
			Map.entry("sts", "statefulsets"), Map.entry("ev", "events"),
			Map.entry("netpol", "networkpolicies"), Map.entry("networkpolicy", "networkpolicies"));

	/** troubleshoot.sh writes one file per namespace into a folder named for the resource. */
	private static final String TROUBLESHOOT_RESOURCES = "cluster-resources";

	private FileNames() {
	}

	/** The last path segment without its extensions: "core_v1_pods" of "resources/ns/x/core_v1_pods.json". */
	static String base(String name) {
		String base = name.substring(name.lastIndexOf('/') + 1);
		for (String ext : new String[] { ".gz", ".json", ".yaml", ".yml", ".txt" }) {
			if (base.toLowerCase(Locale.ROOT).endsWith(ext)) {
				base = base.substring(0, base.length() - ext.length());
			}
		}
		return base;
	}

	/** The folder the file is in, "" at the root. */
	static String parent(String name) {
		int slash = name.lastIndexOf('/');
		if (slash < 0) {
			return "";
		}
		String dir = name.substring(0, slash);
		return dir.substring(dir.lastIndexOf('/') + 1);
	}

	/** The kind a file's path names, if it names one of the kinds Kubeprint reads. */
	static Optional<FactKind<?>> kindOf(String name) {
		String parent = parent(name);
		String grandParent = name.contains("/") ? parent(name.substring(0, name.lastIndexOf('/'))) : "";
		Optional<FactKind<?>> folder = resource(parent);
		// troubleshoot.sh: cluster-resources/pods/default.json; the file is named for the namespace, not the kind
		if (TROUBLESHOOT_RESOURCES.equals(grandParent) && folder.isPresent()) {
			return folder;
		}
		return resource(base(name)).or(() -> TROUBLESHOOT_RESOURCES.equals(grandParent) ? folder : Optional.empty());
	}

	/** "core_v1_pods", "Pods", "storage-classes", "pvcs", "pod" all say pods, storageclasses, claims, pods. */
	static Optional<FactKind<?>> resource(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		// Sonobuoy: <group>_<version>_<resource>; the group may hold dots and the resource never an underscore
		w = w.substring(w.lastIndexOf('_') + 1).replace("-", "");
		String plural = ALIASES.getOrDefault(w, w);
		Optional<FactKind<?>> kind = FactKind.byPlural(plural);
		if (kind.isEmpty()) {
			// `kubectl get pod -o json > pod.json`: the singular
			kind = FactKind.ALL.stream().filter((k) -> k.kind().toLowerCase(Locale.ROOT).equals(plural)).findFirst();
		}
		return kind;
	}

}
