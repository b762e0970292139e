package dev.kubeprint.web.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.config.AccessProperties.ViewerToken;

/**
 * The configured viewer tokens, read from configuration on every request rather than remembered, so removing one
 * from the configuration revokes it. A token that is misconfigured stops the app at startup: a token meant to
 * open a wall that silently opens nothing, or everything, is worse than no start.
 */
final class ViewerTokens {

	private final List<Entry> entries = new ArrayList<>();

	private final Clock clock;

	ViewerTokens(List<ViewerToken> tokens, Clock clock) {
		this.clock = clock;
		for (int i = 0; i < tokens.size(); i++) {
			ViewerToken token = tokens.get(i);
			String where = "kubeprint.access.viewer-tokens[" + i + "]";
			require(token.name() != null && !token.name().isBlank(), where + ".name is missing");
			byte[] hash = Hashes.parse(token.sha256());
			require(hash != null, where + ".sha256 (" + token.name() + ") is not 64 hex digits: "
					+ "configure the token's hash, printf %s \"$TOKEN\" | sha256sum, never the token");
			require(!token.clusters().isEmpty(), where + ".clusters (" + token.name() + ") is empty: "
					+ "name the clusters it opens, or * for every cluster");
			require(token.pages().isEmpty() || token.panels().isEmpty(), where + " (" + token.name()
					+ ") names both pages and panels: a token opens whole pages, or single panels for embeds");
			require(token.expires() != null, where + ".expires (" + token.name() + ") is missing: "
					+ "every token ends, e.g. 2027-06-30T00:00:00Z");
			entries.add(new Entry(token, hash));
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	/** The configured token whose hash matches, valid or expired. */
	Optional<Found> find(String presented) {
		if (presented == null || presented.isEmpty()) {
			return Optional.empty();
		}
		return entries.stream()
			.filter((e) -> Hashes.matches(presented, e.hash()))
			.findFirst()
			.map((e) -> new Found(e.token(), clock.instant().isBefore(e.token().expires())));
	}

	private record Entry(ViewerToken token, byte[] hash) {
	}

	/** @param valid false once the token has expired */
	record Found(ViewerToken token, boolean valid) {

		Viewer viewer() {
			return Viewer.token(token.name(), token.clusters(), token.pages(), token.panels());
		}

	}

}
