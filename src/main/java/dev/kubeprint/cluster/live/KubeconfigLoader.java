package dev.kubeprint.cluster.live;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.credentials.TokenFileAuthentication;

/**
 * Builds an ApiClient for one kubeconfig context as kubectl would use it, failing with a sentence an operator
 * can act on. Read afresh on every call, so an edited kubeconfig, a rotated token file or a renewed exec
 * credential is picked up when the source re-reads credentials.
 */
public final class KubeconfigLoader {

	/**
	 * How often client-java re-runs an exec plugin. It ignores the plugin's expirationTimestamp
	 * (kubernetes-client/java#2438) and only re-runs on a period (#3642), so the period must be shorter than
	 * the shortest common token life, EKS's 15 minutes; a 401 re-reads at once for tokens that die sooner.
	 */
	static final Duration EXEC_REFRESH = Duration.ofMinutes(5);

	/** Token files are re-read every minute, as Kubernetes asks of client libraries and client-go does. */
	static final Duration TOKEN_FILE_REFRESH = Duration.ofMinutes(1);

	private KubeconfigLoader() {
	}

	/** The kubeconfig's current context, to name the cluster after it; empty when there is none to read. */
	public static Optional<String> currentContext(Path kubeconfig) {
		try (Reader reader = Files.newBufferedReader(kubeconfig)) {
			String name = KubeConfig.loadKubeConfig(reader).getCurrentContext();
			return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

	/** @param context the context to use, or null for the kubeconfig's current context */
	static ApiClient load(Path kubeconfig, String context) throws ConfigurationException {
		if (!Files.isRegularFile(kubeconfig)) {
			throw new ConfigurationException("kubeconfig " + kubeconfig + " does not exist or is not a file");
		}
		KubeConfig config;
		try (Reader reader = Files.newBufferedReader(kubeconfig)) {
			config = KubeConfig.loadKubeConfig(reader);
		}
		catch (Exception ex) {
			throw new ConfigurationException("kubeconfig " + kubeconfig + " could not be read: " + ex.getMessage());
		}
		config.setFile(kubeconfig.toFile());
		String name = context != null ? context : config.getCurrentContext();
		if (name == null || name.isBlank()) {
			throw new ConfigurationException("kubeconfig " + kubeconfig + " has no current-context; name one with"
					+ " kubeprint.clusters[].context (contexts: " + contextNames(config) + ")");
		}
		if (!config.setContext(name)) {
			throw new ConfigurationException("context \"" + name + "\" is not in kubeconfig " + kubeconfig
					+ " (contexts: " + contextNames(config) + ")");
		}
		if (config.getServer() == null || config.getServer().isBlank()) {
			throw new ConfigurationException("context \"" + name + "\" in kubeconfig " + kubeconfig
					+ " names no cluster server");
		}
		try {
			// client-java reads a kubeconfig tokenFile relative to the working directory rather than the kubeconfig,
			// and keeps its trailing newline, which breaks the Authorization header. TokenFileAuthentication trims
			// it and re-reads it as it rotates; the entry is taken out so client-java does not read it too.
			Path tokenFile = takeTokenFile(config, name, kubeconfig);
			ClientBuilder builder = ClientBuilder.kubeconfig(config, EXEC_REFRESH);
			if (tokenFile != null) {
				builder.setAuthentication(new TokenFileAuthentication(tokenFile.toString(), TOKEN_FILE_REFRESH));
			}
			return builder.setReadTimeout(Duration.ZERO).build();
		}
		catch (Exception ex) {
			throw new ConfigurationException(describeBuildFailure(name, kubeconfig, ex));
		}
	}

	/**
	 * Removes and returns the user's tokenFile when a plain token file is its only credential, resolved against
	 * the kubeconfig's directory as kubectl does.
	 */
	private static Path takeTokenFile(KubeConfig config, String contextName, Path kubeconfig) {
		Map<String, Object> context = named(config.getContexts(), contextName, "context");
		if (context == null || !(context.get("user") instanceof String userName)) {
			return null;
		}
		Map<String, Object> user = named(config.getUsers(), userName, "user");
		if (user == null || !(user.get("tokenFile") instanceof String file) || file.isBlank()) {
			return null;
		}
		if (user.containsKey("token") || user.containsKey("exec") || user.containsKey("auth-provider")
				|| user.containsKey("client-certificate") || user.containsKey("client-certificate-data")) {
			return null;
		}
		user.remove("tokenFile");
		Path path = Path.of(file);
		return path.isAbsolute() ? path : kubeconfig.toAbsolutePath().getParent().resolve(path);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> named(List<Object> entries, String name, String field) {
		if (entries == null) {
			return null;
		}
		for (Object entry : entries) {
			if (entry instanceof Map<?, ?> map && name.equals(map.get("name"))
					&& map.get(field) instanceof Map<?, ?> value) {
				return (Map<String, Object>) value;
			}
		}
		return null;
	}

	private static String contextNames(KubeConfig config) {
		List<Object> contexts = config.getContexts();
		if (contexts == null || contexts.isEmpty()) {
			return "none";
		}
		return String.join(", ", contexts.stream()
			.filter(Map.class::isInstance)
			.map((c) -> Objects.toString(((Map<?, ?>) c).get("name")))
			.toList());
	}

	private static String describeBuildFailure(String context, Path kubeconfig, Exception ex) {
		boolean certificate = false;
		StringBuilder messages = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			certificate |= t instanceof GeneralSecurityException || t instanceof IllegalArgumentException
					&& String.valueOf(t.getMessage()).toLowerCase().contains("base64");
			String message = t.getMessage();
			if (message != null && !message.isBlank() && messages.indexOf(message) < 0) {
				messages.append(messages.length() == 0 ? "" : ": ").append(message);
			}
		}
		String said = messages.length() > 0 ? messages.toString() : ex.getClass().getSimpleName();
		if (certificate) {
			return "the certificate authority or client certificate of context \"" + context + "\" in kubeconfig "
					+ kubeconfig + " is not a valid certificate (" + said + ")";
		}
		return "context \"" + context + "\" in kubeconfig " + kubeconfig + " cannot be used: " + said;
	}

	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		String message = null;
		while (t != null) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
			t = t.getCause() == t ? null : t.getCause();
		}
		return message != null ? message : ex.getClass().getSimpleName();
	}

	/** The kubeconfig or the service-account files cannot be used; the message says why, in words. */
	static final class ConfigurationException extends Exception {

		ConfigurationException(String message) {
			super(message, null, false, false);
		}

	}

}
