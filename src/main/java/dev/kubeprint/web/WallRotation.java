package dev.kubeprint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.config.WebProperties;
import dev.kubeprint.config.WebProperties.WallProperties;

/**
 * What a wall shows, one screen after another: each chosen cluster the viewer may see, each chosen page of it.
 * A name that matches no cluster or page stops the app at startup, so that a typo does not leave a wall blank
 * for months; a cluster the viewer may not see is left out silently, as everywhere else.
 */
@Component
class WallRotation {

	static final String OVERVIEW = "overview";

	private final WallProperties wall;

	private final List<PageDeclaration<?>> pages;

	WallRotation(WebProperties properties, Pages pages, ClusterRegistry clusters) {
		this.wall = properties.wall();
		List<PageDeclaration<?>> chosen = new ArrayList<>();
		for (String name : wall.pages()) {
			chosen.add(page(pages, name).orElseThrow(() -> new IllegalStateException("kubeprint.web.wall.pages names '"
					+ name + "', which is no page; pages are overview and "
					+ pages.navigation().stream().map(PageDeclaration::path).filter((p) -> !p.isEmpty()).toList())));
		}
		for (String name : wall.clusters()) {
			clusters.find(name).orElseThrow(() -> new IllegalStateException("kubeprint.web.wall.clusters names '" + name
					+ "', which is no configured cluster; they are " + clusters.clusters().stream().map(ClusterIdentity::name).toList()));
		}
		this.pages = List.copyOf(chosen);
	}

	/** "overview" is the page at the cluster's own URL; every other page by its path. */
	private static Optional<PageDeclaration<?>> page(Pages pages, String name) {
		return pages.page(OVERVIEW.equals(name) ? "" : name);
	}

	long rotateMillis() {
		return wall.rotateEvery().toMillis();
	}

	/** Every screen in order, for a viewer who sees {@code visible}. */
	List<Screen> screens(List<ClusterIdentity> visible) {
		List<ClusterIdentity> shown = wall.clusters().isEmpty() ? visible
				: wall.clusters().stream().flatMap((n) -> visible.stream().filter((c) -> c.name().equals(n))).toList();
		List<Screen> screens = new ArrayList<>();
		for (ClusterIdentity cluster : shown) {
			for (PageDeclaration<?> page : pages) {
				screens.add(new Screen(cluster, page));
			}
		}
		return screens;
	}

	/** The clusters of the rotation, each once. */
	List<ClusterIdentity> clusters(List<ClusterIdentity> visible) {
		return screens(visible).stream().map(Screen::cluster).distinct().toList();
	}

	record Screen(ClusterIdentity cluster, PageDeclaration<?> page) {
	}

}
