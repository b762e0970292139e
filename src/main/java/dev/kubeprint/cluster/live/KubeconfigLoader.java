package dev.kubeprint.cluster.live;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.credentials.TokenFileAuthentication;

/**
 * Builds an ApiClient for one kubeconfig context as kubectl would use it, from one file or a KUBECONFIG list
 * merged as kubectl merges it, failing with a sentence an operator can act on. Read afresh on every call, so an
 * edited kubeconfig, a rotated token file or a renewed exec credential is picked up when the source re-reads
 * credentials.
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

	/** The fields of a cluster that kubectl reads as paths relative to their kubeconfig. */
	private static final List<String> CLUSTER_PATHS = List.of("certificate-authority");

	/** The fields of a user that kubectl reads as paths relative to their kubeconfig (and exec's command, if a path). */
	private static final List<String> USER_PATHS = List.of("client-certificate", "client-key", "tokenFile");

	private KubeconfigLoader() {
	}

	/** The kubeconfig's current context, to name the cluster after it; empty when there is none to read. */
	public static Optional<String> currentContext(KubeconfigFiles kubeconfig) {
		try {
			return Optional.ofNullable(read(kubeconfig).currentContext());
		}
		catch (ConfigurationException ex) {
			return Optional.empty();
		}
	}

	/** @param context the context to use, or null for the kubeconfig's current context */
	static ApiClient load(Path kubeconfig, String context) throws ConfigurationException {
		return load(KubeconfigFiles.configured(kubeconfig), context);
	}

	/** @param context the context to use, or null for the (merged) kubeconfig's current context */
	static ApiClient load(KubeconfigFiles kubeconfig, String context) throws ConfigurationException {
		Merged merged = read(kubeconfig);
		KubeConfig config = merged.config();
		String where = kubeconfig.where();
		String name = context != null ? context : merged.currentContext();
		if (name == null) {
			throw new ConfigurationException(where + " has no current-context; name one with"
					+ " kubeprint.clusters[].context (contexts: " + contextNames(config) + ")");
		}
		if (!config.setContext(name)) {
			throw new ConfigurationException("context \"" + name + "\" is not in " + where
					+ " (contexts: " + contextNames(config) + ")");
		}
		if (config.getServer() == null || config.getServer().isBlank()) {
			throw new ConfigurationException("context \"" + name + "\" in " + where + " names no cluster server");
		}
		try {
			// client-java keeps a token file's trailing newline, which breaks the Authorization header.
			// TokenFileAuthentication trims it and re-reads it as it rotates; the entry is taken out so client-java
			// does not read it too.
			Path tokenFile = takeTokenFile(config, name);
			ClientBuilder builder = ClientBuilder.kubeconfig(config, EXEC_REFRESH);
			if (tokenFile != null) {
				builder.setAuthentication(new TokenFileAuthentication(tokenFile.toString(), TOKEN_FILE_REFRESH));
			}
			return builder.setReadTimeout(Duration.ZERO).build();
		}
		catch (Exception ex) {
			throw new ConfigurationException(describeBuildFailure(name, where, ex));
		}
	}

	/** A kubeconfig merged from its files, and the current context the first file to set one names. */
	record Merged(KubeConfig config, String currentContext) {
	}

	/**
	 * Reads and merges the files as kubectl does: files that do not exist are skipped; a cluster, user or context
	 * is taken whole from the first file that names it, later definitions of the same name are ignored; the
	 * current context is the first file's that sets one. Relative paths in an entry are resolved against the
	 * directory of the file that defined it, since after merging nobody knows which file that was.
	 */
	static Merged read(KubeconfigFiles kubeconfig) throws ConfigurationException {
		List<Path> existing = kubeconfig.existing();
		if (existing.isEmpty()) {
			throw new ConfigurationException(kubeconfig.absence());
		}
		Map<String, Object> clusters = new LinkedHashMap<>();
		Map<String, Object> users = new LinkedHashMap<>();
		Map<String, Object> contexts = new LinkedHashMap<>();
		String current = null;
		for (Path file : existing) {
			KubeConfig one;
			try {
				String text = Files.readString(file);
				if (text.isBlank()) {
					// kubectl reads an empty file as an empty kubeconfig
					continue;
				}
				one = KubeConfig.loadKubeConfig(new StringReader(text));
			}
			catch (Exception ex) {
				throw new ConfigurationException("kubeconfig " + file + " could not be read: " + ex.getMessage());
			}
			Path dir = file.toAbsolutePath().normalize().getParent();
			addNew(clusters, one.getClusters(), "cluster", dir, CLUSTER_PATHS);
			addNew(users, one.getUsers(), "user", dir, USER_PATHS);
			addNew(contexts, one.getContexts(), "context", dir, List.of());
			String named = one.getCurrentContext();
			if (current == null && named != null && !named.isBlank()) {
				current = named;
			}
		}
		KubeConfig config = new KubeConfig(new ArrayList<>(contexts.values()), new ArrayList<>(clusters.values()),
				new ArrayList<>(users.values()));
		// Every relative path is already resolved; what client-java resolves on its own goes against the first file.
		config.setFile(existing.get(0).toAbsolutePath().toFile());
		return new Merged(config, current);
	}

	@SuppressWarnings("unchecked")
	private static void addNew(Map<String, Object> merged, List<Object> entries, String field, Path dir,
			List<String> paths) {
		if (entries == null) {
			return;
		}
		for (Object entry : entries) {
			if (!(entry instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)
					|| merged.containsKey(name)) {
				continue;
			}
			if (map.get(field) instanceof Map<?, ?> value) {
				Map<String, Object> fields = (Map<String, Object>) value;
				for (String path : paths) {
					if (fields.get(path) instanceof String relative && !relative.isBlank()) {
						fields.put(path, resolve(dir, relative));
					}
				}
				// A command with a path separator is a path, resolved as the rest; a bare name is looked up on PATH.
				if (fields.get("exec") instanceof Map<?, ?> exec && exec.get("command") instanceof String command
						&& (command.contains("/") || command.contains("\\"))) {
					((Map<String, Object>) exec).put("command", resolve(dir, command));
				}
			}
			merged.put(name, entry);
		}
	}

	private static String resolve(Path dir, String path) {
		Path given = Path.of(path);
		return given.isAbsolute() ? path : dir.resolve(given).normalize().toString();
	}

	/** Removes and returns the user's tokenFile when a plain token file is its only credential. */
	private static Path takeTokenFile(KubeConfig config, String contextName) {
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
		return Path.of(file);
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

	private static String describeBuildFailure(String context, String where, Exception ex) {
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
			return "the certificate authority or client certificate of context \"" + context + "\" in " + where
					+ " is not a valid certificate (" + said + ")";
		}
		return "context \"" + context + "\" in " + where + " cannot be used: " + said;
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
