package dev.kubeatlas.cluster.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code GET /version} says. */
public record ServerVersion(String major, String minor, String gitVersion, String platform, String buildDate) {

	private static final Pattern SEMVER = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

	/** The minor version as a number, from gitVersion when {@code minor} carries a "+" as on EKS and GKE. */
	public int minorNumber() {
		Matcher m = SEMVER.matcher(gitVersion == null ? "" : gitVersion);
		if (m.matches()) {
			return Integer.parseInt(m.group(2));
		}
		return Integer.parseInt(minor.replaceAll("\\D", ""));
	}

	public int majorNumber() {
		Matcher m = SEMVER.matcher(gitVersion == null ? "" : gitVersion);
		return m.matches() ? Integer.parseInt(m.group(1)) : Integer.parseInt(major.replaceAll("\\D", ""));
	}

}
