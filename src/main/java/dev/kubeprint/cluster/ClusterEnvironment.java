package dev.kubeprint.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.live.KubeconfigFiles;
import dev.kubeprint.cluster.live.KubeconfigFiles.Origin;

/**
 * What the machine says about where clusters are: the KUBECONFIG and HOME variables, and whether this runs in a
 * pod. A value, so that tests decide it instead of the machine they run on.
 *
 * @param env the environment variables; HOME is read from here as kubectl reads it, not from Java's
 * {@code user.home}, which comes from the password file and differs from HOME under sudo, in containers and
 * wherever HOME was set on purpose
 * @param serviceAccount the directory Kubernetes mounts a pod's service-account token and CA into
 */
public record ClusterEnvironment(Map<String, String> env, Path serviceAccount) {

	public static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

	public ClusterEnvironment {
		env = Map.copyOf(env);
	}

	public static ClusterEnvironment system() {
		return new ClusterEnvironment(System.getenv(), SERVICE_ACCOUNT);
	}

	/** The home directory as kubectl finds it: HOME, else (on Windows, which may lack HOME) USERPROFILE. */
	public Optional<Path> home() {
		return variable("HOME").or(() -> variable("USERPROFILE")).map(Path::of);
	}

	/**
	 * The kubeconfig kubectl would read: every file of KUBECONFIG when it is set and not empty (merged, missing
	 * files skipped), else {@code $HOME/.kube/config}. None when neither variable is set.
	 */
	public KubeconfigFiles kubeconfig() {
		Optional<String> variable = variable("KUBECONFIG");
		if (variable.isPresent()) {
			// kubectl drops empty entries and names a file once however often it is listed
			List<Path> files = Arrays.stream(variable.get().split(File.pathSeparator))
				.filter((entry) -> !entry.isBlank())
				.distinct()
				.map(Path::of)
				.toList();
			if (!files.isEmpty()) {
				return new KubeconfigFiles(files, Origin.KUBECONFIG);
			}
		}
		return new KubeconfigFiles(home().map((h) -> List.of(h.resolve(".kube").resolve("config"))).orElse(List.of()),
				Origin.HOME);
	}

	/** True in a pod: the API server's address is in the environment and a service-account token is mounted. */
	public boolean inCluster() {
		return variable("KUBERNETES_SERVICE_HOST").isPresent()
				&& Files.isRegularFile(serviceAccount.resolve("token"));
	}

	private Optional<String> variable(String name) {
		String value = env.get(name);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
	}

}
