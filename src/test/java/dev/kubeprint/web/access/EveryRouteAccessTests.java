package dev.kubeprint.web.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import dev.kubeprint.web.PageDeclaration;
import dev.kubeprint.web.Pages;
import dev.kubeprint.web.Panel;

import static dev.kubeprint.web.access.AccessFixtures.DATA;
import static dev.kubeprint.web.access.AccessFixtures.EXPIRED_TOKEN;
import static dev.kubeprint.web.access.AccessFixtures.LAB_TOKEN;
import static dev.kubeprint.web.access.AccessFixtures.SECRET_CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every route the app maps, read from its handler mappings (pages, fragments, JSON twins, the actuator), with its
 * path variables filled with a real cluster and real pages and panels, requested by four readers who must learn
 * nothing of that cluster: nobody, a viewer token for another cluster, an expired token, and someone forging the
 * proxy's headers from an address that is not the proxy's. The same routes for a reader who may see the cluster
 * show that the assertions can fail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryRouteAccessTests {

	private static final String FORGED_FROM = "127.0.0.1";

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, AccessFixtures.tokens(), """
				kubeprint.access.mode=proxy
				kubeprint.access.proxy.trusted-addresses=10.99.0.0/16
				""");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RequestMappingInfoHandlerMapping> mappings;

	@Autowired
	Pages pages;

	private static final Map<String, UnaryOperator<MockHttpServletRequestBuilder>> STRANGERS = Map.of("anonymous",
			(r) -> r, "token for another cluster", (r) -> r.cookie(new Cookie(ViewerTokenFilter.COOKIE, LAB_TOKEN)),
			"expired token", (r) -> r.cookie(new Cookie(ViewerTokenFilter.COOKIE, EXPIRED_TOKEN)),
			"expired token in the URL", (r) -> r.param("token", EXPIRED_TOKEN), "forged proxy headers",
			(r) -> r.header("X-Forwarded-User", "mallory").header("X-Forwarded-Groups", "sre").with((request) -> {
				request.setRemoteAddr(FORGED_FROM);
				return request;
			}));

	@Test
	void noRouteAnswersAStrangerWithTheClustersData() throws Exception {
		List<String> urls = urls();
		assertThat(urls).contains("/", "/clusters/zeta-prod", "/clusters/zeta-prod/nodes",
				"/clusters/zeta-prod/panels/nodes-table", "/clusters/zeta-prod/storage/chains",
				"/embed/clusters/zeta-prod/panels/nodes-table", "/api/clusters/zeta-prod/overview", "/actuator/prometheus");
		List<String> leaks = new ArrayList<>();
		for (String url : urls) {
			for (var stranger : STRANGERS.entrySet()) {
				for (boolean htmx : new boolean[] { false, true }) {
					MockHttpServletRequestBuilder request = stranger.getValue().apply(get(url));
					MockHttpServletResponse response = mvc.perform(htmx ? request.header("HX-Request", "true") : request)
						.andReturn()
						.getResponse();
					// A token for lab may read lab on the pages that are no one cluster's (the fleet, the wall, the
					// cluster list): there only the other cluster's name would be a leak, as lab holds the same data.
					boolean readsLab = stranger.getKey().equals("token for another cluster")
							&& !url.contains(SECRET_CLUSTER) && !url.contains("{");
					String leak = readsLab ? names(response) : leak(url, response);
					if (leak != null) {
						leaks.add(stranger.getKey() + (htmx ? " (htmx) " : " ") + url + ": " + leak);
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void theSameRoutesAnswerSomeoneWhoMaySeeTheCluster() throws Exception {
		List<String> answered = new ArrayList<>();
		for (String url : urls()) {
			MockHttpServletResponse response = mvc.perform(get(url).header("X-Forwarded-User", "sam")
				.header("X-Forwarded-Groups", "sre")
				.with((request) -> {
					request.setRemoteAddr("10.99.3.4");
					return request;
				})).andReturn().getResponse();
			if (leak(url, response) != null) {
				answered.add(url);
			}
		}
		assertThat(answered).contains("/clusters/zeta-prod", "/clusters/zeta-prod/nodes",
				"/clusters/zeta-prod/panels/nodes-table", "/embed/clusters/zeta-prod/panels/nodes-table",
				"/api/clusters/zeta-prod/overview");
	}

	/**
	 * A token for the secret cluster's nodes table, as a portal embeds it: of every route, for both clusters, only
	 * that panel's fragment, embed and pages of rows (the table is paged on the server) answer, and its data age
	 * (the status panel every embed shows, and the same as JSON). No page, no JSON twin of a page (each holds more
	 * than the panel), no other panel, no fleet, wall or cluster list.
	 */
	@Test
	void aTokenScopedToAPanelReadsThatPanelOfItsClusterAndNothingElse() throws Exception {
		List<String> urls = new ArrayList<>(urls());
		urls().forEach((url) -> urls.add(url.replace(SECRET_CLUSTER, AccessFixtures.OTHER_CLUSTER)));
		Set<String> answered = new LinkedHashSet<>();
		for (String url : urls) {
			for (boolean htmx : new boolean[] { false, true }) {
				MockHttpServletRequestBuilder request = get(url)
					.cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.PANEL_TOKEN));
				MockHttpServletResponse response = mvc.perform(htmx ? request.header("HX-Request", "true") : request)
					.andReturn()
					.getResponse();
				// The other cluster's routes answer with the not-found page, which lists the token's own cluster.
				String leak = url.contains(SECRET_CLUSTER) ? leak(url, response) : shows(url, response);
				if (leak != null) {
					answered.add(url);
				}
			}
		}
		assertThat(answered).containsExactlyInAnyOrder("/clusters/zeta-prod/panels/nodes-table",
				"/embed/clusters/zeta-prod/panels/nodes-table", "/clusters/zeta-prod/nodes/table",
				"/clusters/zeta-prod/panels/status", "/embed/clusters/zeta-prod/panels/status",
				"/api/clusters/zeta-prod/status");
		assertThat(mvc.perform(get("/embed/clusters/zeta-prod/panels/nodes-table")
			.cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.PANEL_TOKEN))).andReturn().getResponse()
			.getContentAsString()).contains("general-7");
		// The embed's styles and scripts are no cluster's: they stay open to it.
		for (String asset : List.of("/css/kubeprint.css", "/js/kubeprint.js")) {
			assertThat(mvc.perform(get(asset).cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.PANEL_TOKEN)))
				.andReturn()
				.getResponse()
				.getStatus()).as(asset).isEqualTo(200);
		}
	}

	@Test
	void aClusterOneMayNotSeeReadsExactlyLikeOneThatDoesNotExist() throws Exception {
		for (String url : List.of("/clusters/%s", "/clusters/%s/nodes", "/clusters/%s/panels/nodes-table",
				"/embed/clusters/%s/panels/nodes-table", "/api/clusters/%s/nodes", "/clusters/%s/storage/chains")) {
			for (boolean htmx : new boolean[] { false, true }) {
				MockHttpServletResponse forbidden = asNoc(url.formatted(SECRET_CLUSTER), htmx);
				MockHttpServletResponse missing = asNoc(url.formatted("no-such-cluster"), htmx);
				assertThat(forbidden.getStatus()).as(url).isEqualTo(404).isEqualTo(missing.getStatus());
				assertThat(forbidden.getContentAsString()).as(url).isEqualTo(missing.getContentAsString());
			}
		}
		String page = asNoc("/clusters/lab/nodes", false).getContentAsString();
		assertThat(page).contains("href=\"/clusters/lab\"").contains("general-7").doesNotContain(SECRET_CLUSTER);
		// Two clusters configured: "/" is the fleet, with a tile for lab only.
		MockHttpServletResponse fleet = asNoc("/", false);
		assertThat(fleet.getStatus()).isEqualTo(200);
		assertThat(fleet.getContentAsString()).contains("data-cluster=\"lab\"").doesNotContain(SECRET_CLUSTER);
	}

	@Test
	void metricsAnswerTheirOwnTokenOnly() throws Exception {
		assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + LAB_TOKEN))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/actuator/prometheus").cookie(new Cookie(ViewerTokenFilter.COOKIE, LAB_TOKEN)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		MockHttpServletResponse scraped = mvc
			.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + AccessFixtures.METRICS_TOKEN))
			.andReturn()
			.getResponse();
		assertThat(scraped.getStatus()).isEqualTo(200);
		assertThat(scraped.getContentAsString()).contains("jvm_memory_used_bytes");
	}

	@Test
	void healthIsOpenAndSaysNothingOfClusters() throws Exception {
		for (String url : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
			MockHttpServletResponse health = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(health.getStatus()).as(url).isIn(200, 503);
			assertThat(health.getContentAsString()).as(url)
				.contains("\"status\"")
				.doesNotContain(SECRET_CLUSTER)
				.doesNotContain("\"lab\"")
				.doesNotContain("synced");
		}
	}

	private MockHttpServletResponse asNoc(String url, boolean htmx) throws Exception {
		MockHttpServletRequestBuilder request = get(url).header("X-Forwarded-User", "nora")
			.header("X-Forwarded-Groups", "noc")
			.with((r) -> {
				r.setRemoteAddr("10.99.3.4");
				return r;
			});
		return mvc.perform(htmx ? request.header("HX-Request", "true") : request).andReturn().getResponse();
	}

	/** Whether a response names the cluster, or null when it does not. */
	private static String names(MockHttpServletResponse response) throws Exception {
		boolean named = response.getContentAsString().contains(SECRET_CLUSTER)
				|| String.valueOf(response.getHeader("Location")).contains(SECRET_CLUSTER);
		return named ? response.getStatus() + " names the cluster" : null;
	}

	/** Whether a response answers with data of any cluster, or null when it does not. */
	private static String shows(String url, MockHttpServletResponse response) throws Exception {
		boolean data = Arrays.stream(DATA).anyMatch(response.getContentAsString()::contains);
		boolean answered = response.getStatus() < 300 && !url.startsWith("/actuator/health") && !url.equals("/error");
		return data || answered ? "answered " + response.getStatus() : null;
	}

	/** What of the cluster a response gives away, or null when it gives nothing. */
	private static String leak(String url, MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString();
		String location = String.valueOf(response.getHeader("Location"));
		int status = response.getStatus();
		if (body.contains(SECRET_CLUSTER) || location.contains(SECRET_CLUSTER)) {
			return status + " names the cluster";
		}
		for (String data : DATA) {
			if (body.contains(data)) {
				return status + " shows " + data;
			}
		}
		boolean open = url.startsWith("/actuator/health") || url.equals("/error");
		boolean refused = status == 401 || status == 403 || status == 404 || (status >= 300 && status < 400);
		return open || refused ? null : "answered " + status;
	}

	/**
	 * The node grid's pool/zone groups refresh under the grid panel's URL: a token for the grid reads them, a token for
	 * another panel of the same page does not.
	 */
	@Test
	void theGridsGroupsAreThatPanelsAlone() throws Exception {
		String grid = mvc.perform(get("/embed/clusters/zeta-prod/panels/nodes-grid")
			.cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.GRID_TOKEN))).andReturn().getResponse()
			.getContentAsString();
		java.util.regex.Matcher group = java.util.regex.Pattern.compile("data-group=\"([^\"]+)\"").matcher(grid);
		assertThat(group.find()).as("the grid's embed lists its groups").isTrue();
		String url = "/clusters/zeta-prod/panels/nodes-grid/groups/" + group.group(1);
		MockHttpServletResponse own = mvc.perform(get(url).header("HX-Request", "true")
			.cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.GRID_TOKEN))).andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentAsString()).contains("data-group=\"" + group.group(1) + "\"");
		MockHttpServletResponse other = mvc.perform(get(url).header("HX-Request", "true")
			.cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.PANEL_TOKEN))).andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(403);
		assertThat(other.getContentAsString()).doesNotContain(group.group(1));
	}

	/** Every mapped pattern with its variables filled in every way the pages allow. */
	private List<String> urls() {
		Set<String> urls = new LinkedHashSet<>();
		for (RequestMappingInfoHandlerMapping mapping : mappings) {
			mapping.getHandlerMethods().keySet().forEach((info) -> info.getPatternValues().forEach((p) -> expand(p, urls)));
		}
		return List.copyOf(urls);
	}

	private void expand(String pattern, Set<String> urls) {
		String filled = pattern.replace("{cluster}", SECRET_CLUSTER)
			.replaceAll("\\{\\*[^}]+}", "readiness")
			.replace("**", "readiness");
		List<String> paths = new ArrayList<>();
		List<String> panels = new ArrayList<>(List.of("status"));
		List<String> parts = new ArrayList<>();
		for (PageDeclaration<?> page : pages.navigation()) {
			paths.add(filled.startsWith("/api/") ? page.jsonPath() : page.path());
			page.panels().stream().map(Panel::id).forEach(panels::add);
			page.panels().stream().filter(Panel::paged).map(Panel::part).forEach(parts::add);
		}
		for (String path : filled.contains("{path}") ? paths : List.of("")) {
			for (String panel : filled.contains("{panel}") ? panels : List.of("")) {
				for (String part : filled.contains("{part}") ? parts : List.of("")) {
					String url = filled.replace("{path}", path).replace("{panel}", panel).replace("{part}", part);
					urls.add(url.replaceAll("\\{[^}]+}", "x").replaceAll("/+$", "").replaceAll("^$", "/"));
				}
			}
		}
	}

}
