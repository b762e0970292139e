package dev.kubeprint.web.access;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.kubeprint.cluster.ClusterEnvironment;
import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;
import dev.kubeprint.config.AccessProperties.Oidc;
import dev.kubeprint.config.AccessProperties.Proxy;
import dev.kubeprint.testing.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which cluster and page, decided for the reader of the request. */
class AccessDecisionsTests {

	private final ClusterRegistry clusters = new ClusterRegistry(TestProperties.of(Map.of(
			"kubeprint.clusters[0].name", "prod", "kubeprint.clusters[0].demo", "true",
			"kubeprint.clusters[0].allowed-groups", "sre,noc", "kubeprint.clusters[1].name", "staging",
			"kubeprint.clusters[1].demo", "true")), Clock.systemUTC(),
			new ClusterEnvironment(Map.of(), Path.of("target", "no-service-account")));

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aUserSeesClustersWithoutAllowedGroupsAndThoseOfTheirGroups() {
		AccessDecisions decisions = decisions(Mode.OIDC);
		as(Viewer.user("ann", Set.of()));
		assertThat(decisions.maySee("staging")).isTrue();
		assertThat(decisions.maySee("prod")).isFalse();
		as(Viewer.user("nora", Set.of("noc")));
		assertThat(decisions.maySee("prod")).isTrue();
		assertThat(decisions.maySee("nowhere")).isFalse();
		assertThat(decisions.maySeePage("nodes")).isTrue();
	}

	@Test
	void aTokenSeesWhatItNamesAndStarMeansEveryCluster() {
		AccessDecisions decisions = decisions(Mode.PROXY);
		as(Viewer.token("wall", List.of("prod"), List.of("overview", "alerts")));
		assertThat(decisions.maySee("prod")).isTrue();
		assertThat(decisions.maySee("staging")).isFalse();
		assertThat(decisions.maySeePage("")).isTrue();
		assertThat(decisions.maySeePage("nodes")).isFalse();
		as(Viewer.token("all", List.of("*"), List.of()));
		assertThat(decisions.maySee("prod")).isTrue();
		assertThat(decisions.maySee("staging")).isTrue();
		assertThat(decisions.maySeePage("storage")).isTrue();
	}

	@Test
	void aTokenScopedToPanelsOpensThosePanelsAndTheirDataAgeOnly() {
		AccessDecisions decisions = decisions(Mode.PROXY);
		as(Viewer.token("portal", List.of("prod"), List.of(), List.of("nodes-table")));
		assertThat(decisions.maySee("prod")).isTrue();
		assertThat(decisions.maySee("staging")).isFalse();
		assertThat(decisions.maySeePanel("nodes", "nodes-table")).isTrue();
		assertThat(decisions.maySeePanel(null, "status")).isTrue();
		assertThat(decisions.maySeePanel("nodes", "nodes-grid")).isFalse();
		assertThat(decisions.maySeePage("nodes")).isFalse();
		assertThat(decisions.maySeePage("")).isFalse();
		assertThat(decisions.mayReadBeyondPanels()).isFalse();
		as(Viewer.token("wall", List.of("prod"), List.of("nodes")));
		assertThat(decisions.maySeePanel("nodes", "nodes-grid")).isTrue();
		assertThat(decisions.maySeePanel("storage", "storage-chains")).isFalse();
		assertThat(decisions.mayReadBeyondPanels()).isTrue();
	}

	@Test
	void nobodySeesAnythingUnlessTheModeIsNone() {
		assertThat(decisions(Mode.OIDC).maySee("staging")).isFalse();
		assertThat(decisions(Mode.PROXY).maySee("staging")).isFalse();
		assertThat(decisions(Mode.NONE).maySee("prod")).isTrue();
	}

	@Test
	void groupsComeAsAListOrACommaSeparatedString() {
		assertThat(AccessDecisions.groups(List.of("sre", "noc"))).containsExactly("sre", "noc");
		assertThat(AccessDecisions.groups("sre, noc")).containsExactly("sre", "noc");
		assertThat(AccessDecisions.groups(null)).isEmpty();
	}

	private AccessDecisions decisions(Mode mode) {
		AccessProperties access = new AccessProperties(mode, false,
				new Oidc("https://issuer.example", "kubeprint", null, "groups", List.of("openid")),
				new Proxy(List.of("10.0.0.0/8"), "X-Forwarded-User", "X-Forwarded-Groups", null), List.of(), null);
		return new AccessDecisions(clusters, access, new AnonymousAccessGuard(access, "127.0.0.1", false));
	}

	private static void as(Viewer viewer) {
		SecurityContextHolder.getContext().setAuthentication(new ViewerAuthentication(viewer));
	}

}
