package dev.kubeprint.cluster.live;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The kubeconfig files one cluster is read from, in kubectl's order, and why these: several only when they come
 * from a KUBECONFIG list, which is merged as kubectl merges it (see {@link KubeconfigLoader}).
 *
 * @param files every file named, existing or not: kubectl skips the missing ones, and so does the loader
 * @param origin why these files
 */
public record KubeconfigFiles(List<Path> files, Origin origin) {

	public KubeconfigFiles {
		files = List.copyOf(files);
	}

	/** Why a kubeconfig is read from where it is, as the log and the messages say it. */
	public enum Origin {

		/** The KUBECONFIG variable, which kubectl prefers to anything else. */
		KUBECONFIG("$KUBECONFIG"),
		/** {@code $HOME/.kube/config}, read only when KUBECONFIG is unset or empty. */
		HOME("$HOME"),
		/** {@code kubeprint.clusters[].kubeconfig}. */
		CONFIGURED("kubeprint.clusters[].kubeconfig");

		private final String said;

		Origin(String said) {
			this.said = said;
		}

		public String said() {
			return said;
		}

	}

	/** One file named in configuration. */
	public static KubeconfigFiles configured(Path file) {
		return new KubeconfigFiles(List.of(file), Origin.CONFIGURED);
	}

	/** The files that exist, in order: those a merge reads. */
	public List<Path> existing() {
		return files.stream().filter(Files::isRegularFile).toList();
	}

	public boolean exists() {
		return files.stream().anyMatch(Files::isRegularFile);
	}

	/** Several files, merged: only a KUBECONFIG list naming more than one. */
	public boolean merged() {
		return files.size() > 1;
	}

	/** The files as a message names them: "kubeconfig /a" or "KUBECONFIG=/a:/b". */
	public String where() {
		if (files.isEmpty()) {
			return "no kubeconfig";
		}
		return merged() ? "KUBECONFIG=" + joined() : "kubeconfig " + files.get(0);
	}

	/**
	 * Which source this is and why, for the log: "kubeconfig /home/x/.kube/config (from $HOME)",
	 * "KUBECONFIG=/a:/b merged (/b does not exist)".
	 */
	public String describe() {
		if (files.isEmpty()) {
			return "no kubeconfig (" + origin.said() + " is not set)";
		}
		if (!merged()) {
			return "kubeconfig " + files.get(0) + " (from " + origin.said() + ")";
		}
		List<Path> missing = files.stream().filter((f) -> !Files.isRegularFile(f)).toList();
		return "KUBECONFIG=" + joined() + " merged" + (missing.isEmpty() ? ""
				: " (" + missing.stream().map(Path::toString).collect(Collectors.joining(", "))
						+ (missing.size() == 1 ? " does" : " do") + " not exist)");
	}

	/** That no file was found, for the log: "no kubeconfig at /home/x/.kube/config ($HOME)". */
	public String notFound() {
		if (files.isEmpty()) {
			return "no kubeconfig (" + origin.said() + " is not set)";
		}
		if (!merged()) {
			return "no kubeconfig at " + files.get(0) + " (" + origin.said() + ")";
		}
		return "no file of KUBECONFIG=" + joined() + " exists";
	}

	/** Why none of the files can be read: none is named, or none exists. */
	public String absence() {
		if (files.isEmpty()) {
			return "no kubeconfig: " + origin.said() + " is not set";
		}
		if (!merged()) {
			return "kubeconfig " + files.get(0) + " does not exist or is not a file";
		}
		return "no file of KUBECONFIG=" + joined() + " exists";
	}

	private String joined() {
		return files.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
	}

}
