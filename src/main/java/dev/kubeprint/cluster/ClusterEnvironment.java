package dev.kubeprint.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the machine says about where clusters are: the KUBECONFIG variable, the home directory, and whether
 * this runs in a pod. A value, so that tests decide it instead of the machine they run on.
 *
 * @param env the environment variables
 * @param home the user's home directory, where {@code .kube/config} lives
 * @param serviceAccount the directory Kubernetes mounts a pod's service-account token and CA into
 */
public record ClusterEnvironment(Map<String, String> env, Path home, Path serviceAccount) {

	public static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

	public static ClusterEnvironment system() {
		return new ClusterEnvironment(System.getenv(), Path.of(System.getProperty("user.home")), SERVICE_ACCOUNT);
	}

	/**
	 * The kubeconfig kubectl would read: the first existing file of KUBECONFIG, else {@code ~/.kube/config}.
	 * kubectl merges all files of KUBECONFIG; Kubeprint reads the first, which holds the current context in
	 * the common case of one file.
	 */
	public Optional<Path> kubeconfig() {
		String variable = env.get("KUBECONFIG");
		if (variable != null && !variable.isBlank()) {
			for (String entry : variable.split(File.pathSeparator)) {
				if (!entry.isBlank() && Files.isRegularFile(Path.of(entry))) {
					return Optional.of(Path.of(entry));
				}
			}
		}
		Path config = home.resolve(".kube").resolve("config");
		return Files.isRegularFile(config) ? Optional.of(config) : Optional.empty();
	}

	/** The kubeconfig a configured context is looked up in when none is named: as found, or the default path. */
	public Path kubeconfigOrDefault() {
		return kubeconfig().orElse(home.resolve(".kube").resolve("config"));
	}

	/** True in a pod: the API server's address is in the environment and a service-account token is mounted. */
	public boolean inCluster() {
		String host = env.get("KUBERNETES_SERVICE_HOST");
		return host != null && !host.isBlank() && Files.isRegularFile(serviceAccount.resolve("token"));
	}

}
