package dev.kubeprint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.DemoCopy;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal on another origin frames a panel, as an internal portal would: the app runs on localhost, the
 * portal on 127.0.0.1 (another origin, and another site, so the frame is third-party). The embed renders and
 * refreshes in place in English and in Chinese; the app's pages, and the embed framed by an origin that is not
 * allowed, are refused by the browser. Access control is on (mode proxy, trusting a proxy that is not here): the frames get in
 * with a viewer token exchanged for a SameSite=None cookie, which their refreshes carry as third-party cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Its clusters and portal are its own: closing the context stops its sources rather than leaving them running.
@DirtiesContext
class EmbedAcrossOriginsBrowserTests {

	private static final String TOKEN = "portal-embed-token-0123456789";

	private static Path snapshot;

	private static HttpServer portal;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1200, 1600);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clustersAndPortal(DynamicPropertyRegistry registry) throws IOException {
		snapshot = DemoCopy.registerLab(registry);
		portal = startPortal();
		registry.add("kubeprint.web.embed.frame-ancestors[0]", () -> portalOrigin("127.0.0.1"));
		registry.add("kubeprint.access.mode", () -> "proxy");
		// A proxy nobody here is: the frames get in with their viewer token only.
		registry.add("kubeprint.access.proxy.trusted-addresses[0]", () -> "192.0.2.1/32");
		registry.add("kubeprint.access.viewer-tokens[0].name", () -> "portal");
		registry.add("kubeprint.access.viewer-tokens[0].sha256", () -> sha256(TOKEN));
		registry.add("kubeprint.access.viewer-tokens[0].clusters[0]", () -> "lab");
		registry.add("kubeprint.access.viewer-tokens[0].expires", () -> "2999-01-01T00:00:00Z");
	}

	@AfterAll
	static void stopPortal() {
		portal.stop(0);
	}

	@Test
	void aFramedPanelRendersAndRefreshesInPlaceInEnglishAndChinese(ChromeDriver browser) {
		browser.get(portalPage("127.0.0.1", embed("node-groups", "en"), embed("node-groups", "zh-CN")));
		By groups = By.cssSelector("#panel-node-groups");
		By general3 = By.cssSelector("#panel-node-groups [data-node='general-3']");
		for (int frame = 0; frame < 2; frame++) {
			inFrame(browser, frame);
			Chromium.waitUpTo(browser, Duration.ofSeconds(20)).until((d) -> !d.findElements(groups).isEmpty());
			assertThat(browser.findElements(By.cssSelector("#panel-status .status-bar"))).hasSize(1);
			assertThat(browser.findElements(By.cssSelector(".topbar, nav"))).as("no navigation").isEmpty();
			assertThat(browser.findElements(general3)).isEmpty();
			assertThat((String) browser.executeScript("return location.href;")).as("the token left the frame's URL")
				.contains("/embed/clusters/lab/panels/node-groups?lang=")
				.doesNotContain("token");
			browser.executeScript("window.__notReloaded = true;");
		}
		browser.switchTo().defaultContent();

		DemoCopy.edit(snapshot.resolve("nodes.json"), "general-3", (node) -> {
			for (var condition : node.path("status").path("conditions")) {
				if ("Ready".equals(condition.path("type").asString())) {
					((ObjectNode) condition).put("status", "False")
						.put("reason", "KubeletNotReady")
						.put("message", "container runtime network not ready");
				}
			}
		});

		for (int frame = 0; frame < 2; frame++) {
			inFrame(browser, frame);
			Chromium.waitUpTo(browser, Duration.ofSeconds(20)).until((d) -> !d.findElements(general3).isEmpty());
			assertThat(browser.findElement(general3).getText()).contains("container runtime network not ready");
			assertThat(browser.executeScript("return window.__notReloaded === true;"))
				.as("the frame was updated in place, not reloaded")
				.isEqualTo(true);
			String text = browser.findElement(groups).getText();
			// The refreshed fragment speaks the frame's language, though a third-party frame sends no cookie.
			if (frame == 0) {
				assertThat(text).contains("Node groups").doesNotContainPattern("\\p{IsHan}");
				assertThat(browser.findElement(By.cssSelector(".embed-footer a")).getText()).isEqualTo("Open lab in Kubeprint");
			}
			else {
				assertThat(text).containsPattern("\\p{IsHan}").doesNotContain("Node groups");
				assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("zh-CN");
			}
		}
		browser.switchTo().defaultContent();
		assertThat(severe(browser)).as("console errors, e.g. CSP violations").isEmpty();
	}

	@Test
	void pagesAndEmbedsFramedByAnOriginNotAllowedAreRefused(ChromeDriver browser) {
		// The allowed portal frames a page of the app beside an embed: the page is refused, the embed shows.
		browser.get(portalPage("127.0.0.1", app("/clusters/lab"), embed("summary", "en")));
		waitForFrames(browser, 2);
		inFrame(browser, 1);
		Chromium.waitUpTo(browser, Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.cssSelector("#panel-summary")).isEmpty());
		inFrame(browser, 0);
		assertThat(browser.findElements(By.cssSelector(".topbar, .panel"))).as("the page was not rendered").isEmpty();
		browser.switchTo().defaultContent();
		assertThat(severe(browser)).anySatisfy((e) -> assertThat(e).contains("frame-ancestors 'none'"));

		// Another origin (localhost is not 127.0.0.1) may not frame even an embed.
		browser.get(portalPage("localhost", embed("summary", "en")));
		waitForFrames(browser, 1);
		inFrame(browser, 0);
		assertThat(browser.findElements(By.cssSelector(".panel"))).as("the embed was not rendered").isEmpty();
		browser.switchTo().defaultContent();
		assertThat(severe(browser)).anySatisfy((e) -> assertThat(e).contains("frame-ancestors " + portalOrigin("127.0.0.1")));
	}

	private String embed(String panel, String lang) {
		return app("/embed/clusters/lab/panels/" + panel + "?lang=" + lang + "&token=" + TOKEN);
	}

	private static String sha256(String token) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String app(String path) {
		return "http://localhost:" + port + path;
	}

	private static String portalOrigin(String host) {
		return "http://" + host + ":" + portal.getAddress().getPort();
	}

	private static String portalPage(String host, String... frames) {
		return portalOrigin(host) + "/portal?" + Arrays.stream(frames)
			.map((f) -> "src=" + URLEncoder.encode(f, StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static void inFrame(ChromeDriver browser, int index) {
		browser.switchTo().defaultContent();
		browser.switchTo().frame(index);
	}

	/** A refused frame shows the browser's error page, which fires load like any other. */
	private static void waitForFrames(ChromeDriver browser, int count) {
		Chromium.waitUpTo(browser, Duration.ofSeconds(20))
			.until((d) -> ((Number) browser.executeScript("return window.framesLoaded || 0;")).intValue() >= count);
	}

	private static List<String> severe(ChromeDriver browser) {
		return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((e) -> !e.getMessage().contains("/favicon.ico"))
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * The portal: a page with one iframe per {@code src} parameter. It listens on every address, so that it can
	 * be reached as 127.0.0.1 (the allowed origin) and as localhost (one that is not).
	 */
	private static HttpServer startPortal() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
			server.createContext("/portal", (exchange) -> {
				String query = exchange.getRequestURI().getRawQuery();
				String frames = Arrays.stream(query == null ? new String[0] : query.split("&"))
					.filter((p) -> p.startsWith("src="))
					.map((p) -> URLDecoder.decode(p.substring(4), StandardCharsets.UTF_8))
					.map((src) -> "<iframe src=\"" + src.replace("&", "&amp;").replace("\"", "&quot;")
							+ "\" width=\"1100\" height=\"600\" onload=\"window.framesLoaded=(window.framesLoaded||0)+1\">"
							+ "</iframe>")
					.collect(Collectors.joining("\n"));
				byte[] body = ("<!DOCTYPE html><html><head><title>Portal</title></head><body><h1>Portal</h1>" + frames
						+ "</body></html>").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
