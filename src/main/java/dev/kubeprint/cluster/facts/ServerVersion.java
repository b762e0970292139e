package dev.kubeprint.cluster.facts;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code GET /version} says. */
public record ServerVersion(String major, String minor, String gitVersion, String platform, String buildDate) {

	private static final Pattern SEMVER = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

	/**
	 * The minor version as a number, from gitVersion when {@code minor} carries a "+" as on EKS and GKE; empty
	 * when neither says, as a hand-made or damaged /version answer may not.
	 */
	public OptionalInt minorNumber() {
		Matcher m = SEMVER.matcher(gitVersion == null ? "" : gitVersion);
		if (m.matches()) {
			return OptionalInt.of(Integer.parseInt(m.group(2)));
		}
		String digits = minor == null ? "" : minor.replaceAll("\\D", "");
		return digits.isEmpty() || digits.length() > 4 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
	}

}
