package dev.kubeprint.nodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.ChromiumExtension;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nodes, network, versions and scale pages show what objects say as text, also where it lands in an SVG
 * title, a data attribute or a warning: names, versions, flags and CNI environment are anyone's text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No other class shares this context (its clusters are its own): closing it stops its sources rather than
// leaving them running through the rest of the suite.
@DirtiesContext
class HostileStringsOnWorkerPagesBrowserTests {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1200);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("kubeprint-hostile-workers");
		Files.writeString(dir.resolve("objects.json"), """
				{"apiVersion":"v1","kind":"List","items":[
				 {"apiVersion":"v1","kind":"Node","metadata":{"name":%1$s,"labels":{"node-pool":%2$s,"topology.kubernetes.io/zone":%1$s}},
				  "spec":{"podCIDR":%2$s,"podCIDRs":[%2$s]},
				  "status":{"addresses":[{"type":"InternalIP","address":%1$s}],"allocatable":{"pods":"110"},
				   "conditions":[{"type":"Ready","status":"False","reason":%2$s,"message":%1$s,"lastHeartbeatTime":"2026-11-20T08:00:00Z"},
				                 {"type":"DiskPressure","status":"True","reason":%1$s,"lastTransitionTime":"2026-11-20T07:00:00Z"}],
				   "nodeInfo":{"kubeletVersion":%2$s,"kubeProxyVersion":"v1.99.0","containerRuntimeVersion":%1$s,"osImage":%2$s,"kernelVersion":%1$s}}},
				 {"apiVersion":"v1","kind":"Pod","metadata":{"name":%2$s,"namespace":"kube-system","labels":{"component":"kube-apiserver"}},
				  "spec":{"nodeName":%1$s,"containers":[{"name":"a","image":%1$s,"command":["kube-apiserver","--service-cluster-ip-range=<b>bold</b>"]}]},
				  "status":{"phase":"Running"}},
				 {"apiVersion":"v1","kind":"Pod","metadata":{"name":"kube-scheduler-x","namespace":"kube-system","labels":{"component":"kube-scheduler"}},
				  "spec":{"nodeName":%1$s,"containers":[{"name":"s","image":%2$s}]},"status":{"phase":"Running"}},
				 {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"calico-node","namespace":"kube-system"},
				  "spec":{"template":{"spec":{"containers":[{"name":"c","image":%2$s,"env":[{"name":"CALICO_IPV4POOL_IPIP","value":%1$s},{"name":"CALICO_IPV4POOL_CIDR","value":%2$s}]}]}}},
				  "status":{"desiredNumberScheduled":1,"numberReady":0}},
				 {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":%1$s,"namespace":%2$s},"data":{"k":%1$s}},
				 {"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":%2$s,"namespace":%1$s},"spec":{}},
				 {"apiVersion":"v1","kind":"Namespace","metadata":{"name":%1$s,"labels":{"pod-security.kubernetes.io/enforce":%2$s}}},
				 {"apiVersion":"v1","kind":"Namespace","metadata":{"name":%2$s}}
				]}""".formatted(json(SCRIPT), json(IMG)));
		Files.writeString(dir.resolve("version.json"),
				"{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":" + json("v1.30.6" + SCRIPT) + "}");
		registry.add("kubeprint.clusters[0].name", () -> "hostile");
		registry.add("kubeprint.clusters[0].snapshot", dir::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nodes", "network", "versions", "scale",
			// The table's query is echoed into the filter box, the links and the refresh URL: as text and encoded.
			"nodes?sort=name&dir=desc&q=%3Cscript%3E",
			"nodes?page=7&sort=%22%3E%3Cb%3E&q=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E" })
	void hostileTextIsShownAsTextAndNothingRuns(String page, ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/hostile/" + page);
		assertThat(browser.findElements(By.cssSelector("main section.panel"))).as("every panel rendered")
			.hasSizeGreaterThanOrEqualTo(2);
		assertNothingRanAfterRefreshes(browser, 3);
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("<script>");
		if (page.contains("q=%3Cscript")) {
			assertThat(browser.findElements(By.cssSelector("#nodes-table tbody:not(.table-head) tr")))
				.as("the hostile node found by its name").hasSize(1);
		}
	}

}
