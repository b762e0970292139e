package dev.kubeprint.reference;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key change in a Kubernetes minor version. {@code check} is the id of the check that
 * evaluates it against a cluster, or null; {@code note} is null unless upstream history
 * differs from the reference.
 */
public record VersionChangeReference(String version, LocalizedText change, LocalizedText impact,
		LocalizedText migration, String check, LocalizedText note) {

	private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

	public VersionChangeReference {
		Objects.requireNonNull(version, "version is required");
		if (!MAJOR_MINOR.matcher(version).matches()) {
			throw new IllegalArgumentException("version must be major.minor like 1.24, was " + version);
		}
		Objects.requireNonNull(change, () -> "change is required for version " + version);
		Objects.requireNonNull(impact, () -> "impact is required for version " + version);
		Objects.requireNonNull(migration, () -> "migration is required for version " + version);
	}

	/**
	 * The minor version number, for comparing with a cluster's version ("1.24" gives 24).
	 */
	public int minor() {
		Matcher matcher = MAJOR_MINOR.matcher(this.version);
		matcher.matches();
		return Integer.parseInt(matcher.group(2));
	}

}
