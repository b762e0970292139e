package dev.kubeprint.nodes;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nodes page of a generated 5,000-node cluster in a real browser: it renders every node as a tile and a
 * row, stays usable (filter and sort answer), and its size is measured for BENCHMARKS.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No other class shares this context (its clusters are its own): closing it stops its sources rather than
// leaving them running through the rest of the suite.
@DirtiesContext
class NodeGridBrowserTests {

	static final int NODES = 5000;

	static final int PODS_PER_NODE = 6;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1600, 1000);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path snapshot = generate(Files.createTempDirectory("kubeprint-5000"));
		registry.add("kubeprint.clusters[0].name", () -> "big");
		registry.add("kubeprint.clusters[0].snapshot", snapshot::toString);
	}

	/** Four pools in three zones; every 250th node NotReady, every 101st under DiskPressure. */
	static Path generate(Path dir) throws IOException {
		String[] pools = { "general", "memory", "gpu", "batch" };
		try (Writer nodes = Files.newBufferedWriter(dir.resolve("nodes.json"))) {
			nodes.write("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[");
			for (int i = 0; i < NODES; i++) {
				KubeJson.Node node = KubeJson.node("n-" + i)
					.pool(pools[i % pools.length], "zone-" + (i % 3))
					.ip("10.0." + (i / 250) + "." + (i % 250))
					.podCidr("10." + (64 + i / 256) + "." + (i % 256) + ".0/24");
				if (i % 250 == 7) {
					node.ready("Unknown");
				}
				else if (i % 101 == 3) {
					node.pressure("DiskPressure");
				}
				nodes.write((i == 0 ? "" : ",") + node);
			}
			nodes.write("]}");
		}
		try (Writer pods = Files.newBufferedWriter(dir.resolve("pods.json"))) {
			pods.write("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[");
			for (int i = 0; i < NODES * PODS_PER_NODE; i++) {
				pods.write((i == 0 ? "" : ",")
						+ KubeJson.pod("ns-" + (i % 50), "p-" + i, "n-" + (i % NODES), "100m", "256Mi"));
			}
			pods.write("]}");
		}
		Files.writeString(dir.resolve("version.json"), KubeJson.version("v1.30.6"));
		return dir;
	}

	@Test
	void fiveThousandNodesRenderAndStayUsable(ChromeDriver browser) throws Exception {
		String url = "http://localhost:" + port + "/clusters/big/nodes";
		long fetchStarted = System.nanoTime();
		HttpResponse<byte[]> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.statusCode()).isEqualTo(200);
		long serverMillis = (System.nanoTime() - fetchStarted) / 1_000_000;
		long started = System.nanoTime();
		browser.get(url);
		long loadMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(browser.findElements(By.cssSelector("svg.node-grid a.tile"))).hasSize(NODES);
		assertThat(browser.findElements(By.cssSelector("figure.node-grid-group"))).hasSize(12);
		List<WebElement> rows = browser.findElements(By.cssSelector("#nodes-table tbody:not(.table-head) tr"));
		assertThat(rows).hasSize(NODES);
		assertThat(rows.get(0).getAttribute("class")).contains("health-down");

		WebElement filter = browser.findElement(By.cssSelector("input[data-filter='nodes-table']"));
		started = System.nanoTime();
		filter.sendKeys("n-4999");
		Chromium.waitUpTo(browser, Duration.ofSeconds(10)).until((d) -> d
			.findElements(By.cssSelector("#nodes-table tbody:not(.table-head) tr:not(.filtered-out)"))
			.size() == 1);
		long filterMillis = (System.nanoTime() - started) / 1_000_000;
		filter.clear();
		filter.sendKeys(" ");
		browser.executeScript("arguments[0].value=''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				filter);

		started = System.nanoTime();
		browser.findElement(By.xpath("//table[@id='nodes-table']//th[text()='Node']")).click();
		Chromium.waitUpTo(browser, Duration.ofSeconds(10))
			.until((d) -> d.findElement(By.cssSelector("#nodes-table tbody:not(.table-head) tr")).getAttribute("id").equals("node-n-0"));
		long sortMillis = (System.nanoTime() - started) / 1_000_000;

		browser.findElement(By.cssSelector("svg.node-grid a.tile")).click();
		assertThat(browser.getCurrentUrl()).contains("#node-");

		long gzipped = gzipSize(page.body());
		String report = String.format(Locale.ROOT,
				"Node grid at %,d nodes / %,d pods: HTML %,d bytes (%,d gzipped), first fetch with analysis %,d ms, browser load %,d ms, filter %,d ms, sort %,d ms%n",
				NODES, NODES * PODS_PER_NODE, page.body().length, gzipped, serverMillis, loadMillis, filterMillis,
				sortMillis);
		System.out.print(report);
		Path out = Files.createDirectories(Path.of("target", "benchmarks"));
		browser.get(url);
		Files.write(out.resolve("nodes-5000.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		Files.writeString(out.resolve("node-grid-5000.txt"), report, StandardCharsets.UTF_8);
		assertThat(page.body().length).as("the page stays a few megabytes").isLessThan(8_000_000);
	}

	private static long gzipSize(byte[] body) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(body);
		}
		return bytes.size();
	}

}
