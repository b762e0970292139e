package dev.kubeprint.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.kubeprint.cluster.ClusterEnvironment;
import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.config.WebProperties;
import dev.kubeprint.testing.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a wall shows in turn, from kubeprint.web.wall and the clusters the viewer may see. */
class WallRotationTests {

	static final Pages PAGES = new Pages(List.of(PageDeclaration.of("", 0, "nav.overview", (f, t) -> "o"),
			PageDeclaration.of("alerts", 9, "nav.alerts", (f, t) -> "a"),
			PageDeclaration.of("etcd", 3, "nav.etcd", (f, t) -> "e")));

	@TempDir
	Path dir;

	@Test
	void unconfiguredItShowsEveryVisibleClusterOverviewThenAlerts() {
		WallRotation rotation = rotation(Map.of());
		assertThat(screens(rotation, visible("a", "b"))).containsExactly("a/", "a/alerts", "b/", "b/alerts");
		assertThat(rotation.rotateMillis()).isEqualTo(30_000);
	}

	@Test
	void configuredClustersInTheirOrderOnlyWhereTheViewerMaySeeThem() {
		WallRotation rotation = rotation(Map.of("kubeprint.web.wall.clusters[0]", "b", "kubeprint.web.wall.clusters[1]",
				"a", "kubeprint.web.wall.pages[0]", "etcd", "kubeprint.web.wall.rotate-every", "5s"));
		assertThat(screens(rotation, visible("a", "b"))).containsExactly("b/etcd", "a/etcd");
		assertThat(screens(rotation, visible("a"))).as("b is not the viewer's to see").containsExactly("a/etcd");
		assertThat(rotation.clusters(visible("a", "b"))).extracting(ClusterIdentity::name).containsExactly("b", "a");
		assertThat(rotation.rotateMillis()).isEqualTo(5_000);
	}

	@Test
	void aNameThatIsNoPageOrClusterStopsTheStart() {
		assertThatThrownBy(() -> rotation(Map.of("kubeprint.web.wall.pages[0]", "overveiw")))
			.hasMessageContaining("kubeprint.web.wall.pages names 'overveiw', which is no page");
		assertThatThrownBy(() -> rotation(Map.of("kubeprint.web.wall.clusters[0]", "prdo")))
			.hasMessageContaining("kubeprint.web.wall.clusters names 'prdo', which is no configured cluster; they are [a, b]");
	}

	private WallRotation rotation(Map<String, String> wall) {
		WebProperties properties = new Binder(new MapConfigurationPropertySource(wall)).bindOrCreate("kubeprint.web",
				WebProperties.class);
		ClusterRegistry clusters = new ClusterRegistry(TestProperties.of(Map.of("kubeprint.clusters[0].name", "a",
				"kubeprint.clusters[0].demo", "true", "kubeprint.clusters[1].name", "b", "kubeprint.clusters[1].demo",
				"true")), Clock.systemUTC(), new ClusterEnvironment(Map.of("HOME", dir.toString()), dir.resolve("sa")));
		return new WallRotation(properties, PAGES, clusters);
	}

	private static List<ClusterIdentity> visible(String... names) {
		return java.util.Arrays.stream(names).map((n) -> new ClusterIdentity(n, ClusterIdentity.SourceType.DEMO, "")).toList();
	}

	private static List<String> screens(WallRotation rotation, List<ClusterIdentity> visible) {
		return rotation.screens(visible).stream().map((s) -> s.cluster().name() + "/" + s.page().path()).toList();
	}

}
