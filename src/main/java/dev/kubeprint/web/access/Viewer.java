package dev.kubeprint.web.access;

import java.util.List;
import java.util.Set;

/**
 * Someone reading through Kubeprint: a signed-in user with groups, or a viewer token with its scope.
 *
 * @param clusters for a token, the clusters it opens ("*" for all); unused for users
 * @param pages for a token, the pages it opens (empty for all, unless it names panels); unused for users
 * @param panels for a token scoped to panels, the only panels it opens; empty otherwise
 */
record Viewer(String name, Kind kind, Set<String> groups, List<String> clusters, List<String> pages,
		List<String> panels) {

	enum Kind {

		USER, TOKEN

	}

	static Viewer user(String name, Set<String> groups) {
		return new Viewer(name, Kind.USER, Set.copyOf(groups), List.of(), List.of(), List.of());
	}

	static Viewer token(String name, List<String> clusters, List<String> pages) {
		return token(name, clusters, pages, List.of());
	}

	static Viewer token(String name, List<String> clusters, List<String> pages, List<String> panels) {
		return new Viewer(name, Kind.TOKEN, Set.of(), List.copyOf(clusters), List.copyOf(pages), List.copyOf(panels));
	}

	boolean token() {
		return kind == Kind.TOKEN;
	}

	/** A token that opens single panels only, for a portal's embeds. */
	boolean panelsOnly() {
		return token() && !panels.isEmpty();
	}

}
