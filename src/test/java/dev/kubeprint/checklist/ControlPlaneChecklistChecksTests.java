package dev.kubeprint.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ComponentHealth;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** componentstatuses, /readyz, /livez and API latency, on the recorded answers of a real v1.28 API server. */
class ControlPlaneChecklistChecksTests {

	private static final String REAL = "/fixtures/real-apiserver-v1.28/";

	private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

	private static ClusterFacts captured(String readyz, String livez) {
		return KubeJson.facts(KubeJson.node("cp-1").role("control-plane"),
				KubeJson.staticPod("kube-scheduler", "cp-1", "v1.28.7", "kube-scheduler", "--leader-elect=true"),
				KubeJson.staticPod("kube-controller-manager", "cp-1", "v1.28.7", "kube-controller-manager"))
			.file("readyz-verbose.txt", readyz)
			.file("livez-verbose.txt", livez)
			.build();
	}

	@Test
	void readyzAndLivezOfARealServerPassEveryCheckCounted() {
		ClusterFacts facts = captured(resource("readyz-verbose.txt"), resource("livez-verbose.txt"));
		Finding readyz = Checklist.one(facts, ControlPlaneChecklistChecks.READYZ, "kube-apiserver");
		assertThat(readyz.level()).isEqualTo(FindingLevel.OK);
		assertThat(readyz.summary()).isEqualTo("/readyz: all 34 checks passed");
		assertThat(readyz.evidence()).singleElement().satisfies((e) -> {
			assertThat(e.fact()).isEqualTo("34 of 34 checks passed; verdict: readyz check passed");
			assertThat(e.source()).isEqualTo("/readyz?verbose, captured in the dump (readyz-verbose.txt, livez-verbose.txt)");
		});
		assertThat(readyz.command()).isEqualTo("kubectl get --raw='/readyz?verbose'");
		assertThat(readyz.panel().panel()).isEqualTo("cp-apiserver");
		assertThat(Checklist.one(facts, ControlPlaneChecklistChecks.LIVEZ, "kube-apiserver").summary())
			.isEqualTo("/livez: all 31 checks passed");
	}

	@Test
	void aFailedCheckIsNamedAndThePassedOnesCounted() {
		String failing = resource("readyz-verbose.txt").replace("[+]etcd ok", "[-]etcd failed: reason withheld")
			.replace("[+]informer-sync ok", "[-]informer-sync failed: reason withheld")
			.replace("readyz check passed", "readyz check failed");
		Finding readyz = Checklist.one(captured(failing, resource("livez-verbose.txt")), ControlPlaneChecklistChecks.READYZ,
				"kube-apiserver");
		assertThat(readyz.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(readyz.summary()).isEqualTo("/readyz: 2 failed: etcd, informer-sync");
		assertThat(readyz.evidence()).extracting((e) -> e.fact())
			.containsExactly("32 of 34 checks passed; verdict: readyz check failed", "[-]etcd failed: reason withheld",
					"[-]informer-sync failed: reason withheld");
		assertThat(readyz.cause()).contains("writes it to its own log");
	}

	@Test
	void notProbedOrForbiddenIsUnknownWithItsReason() {
		ClusterFacts none = KubeJson.facts(KubeJson.node("cp-1")).build();
		assertThat(Checklist.one(none, ControlPlaneChecklistChecks.READYZ, "kube-apiserver")).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).startsWith("Not probed: this snapshot holds no capture of the API server's /readyz");
		});
		Availability forbidden = Availability.forbidden("get", "/livez", "get /livez is forbidden for the ServiceAccount");
		ApiServerFacts api = new ApiServerFacts(AT, null, forbidden, null, forbidden, null, forbidden, null, forbidden);
		ClusterFacts facts = none.withProbes(none.probes().withApiServer(api), 2);
		for (String check : List.of(ControlPlaneChecklistChecks.READYZ, ControlPlaneChecklistChecks.LIVEZ)) {
			assertThat(Checklist.one(facts, check, "kube-apiserver")).satisfies((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
				assertThat(f.summary()).endsWith("could not be read: get /livez is forbidden for the ServiceAccount");
			});
		}
		assertThat(Checklist.one(facts, ControlPlaneChecklistChecks.LATENCY, "kube-apiserver").summary())
			.isEqualTo("/metrics could not be read: get /livez is forbidden for the ServiceAccount");
	}

	@Test
	void latencyPerVerbAgainstTheReferenceSecond() {
		ClusterFacts demo = TestFacts.demo();
		List<Finding> latency = Checklist.of(demo, ControlPlaneChecklistChecks.LATENCY);
		assertThat(latency).filteredOn((f) -> f.level() == FindingLevel.WARNING)
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.subject()).isEqualTo("verb LIST");
				assertThat(f.summary()).isEqualTo("LIST: p99 5.599 s, above 1.000 s");
			});
		assertThat(latency).filteredOn((f) -> f.subject().equals("verb GET")).singleElement()
			.satisfies((f) -> assertThat(f.level()).isEqualTo(FindingLevel.OK));
	}

	@Test
	void aP99InTheInfBucketIsSaidAsAboveAndASingleCaptureIsUnknownWithItsGap() {
		ClusterFacts base = KubeJson.facts(KubeJson.node("cp-1")).build();
		var interval = new ApiServerMetrics.Interval(AT.minusSeconds(30), AT,
				Map.of("GET", new ApiServerMetrics.VerbLatency("GET", 60, 1200, true)), 40, 0, 0);
		var metrics = new ApiServerMetrics(Map.of(), Map.of(), interval, ApiServerMetrics.Gap.NONE, false);
		ApiServerFacts api = new ApiServerFacts(AT, null, Availability.ok(), null, Availability.ok(), null,
				Availability.ok(), metrics, Availability.ok());
		Finding slow = Checklist.one(base.withProbes(base.probes().withApiServer(api), 2),
				ControlPlaneChecklistChecks.LATENCY, "verb GET");
		assertThat(slow.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(slow.summary()).isEqualTo("GET: p99 > 60.000 s, above 1.000 s");
		ClusterFacts single = KubeJson.facts(KubeJson.node("cp-1")).file("apiserver-metrics.txt", resource("apiserver-metrics.txt"))
			.build();
		assertThat(Checklist.one(single, ControlPlaneChecklistChecks.LATENCY, "kube-apiserver")).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).startsWith("The bundle holds one /metrics capture");
		});
	}

	@Test
	void componentStatusesFromTheRowsAndTheirHealthz() {
		ClusterFacts facts = captured(resource("readyz-verbose.txt"), resource("livez-verbose.txt"));
		Finding scheduler = Checklist.one(facts, ControlPlaneChecklistChecks.COMPONENTS, "kube-scheduler");
		assertThat(scheduler.level()).isEqualTo(FindingLevel.OK);
		assertThat(scheduler.command()).isEqualTo("kubectl get componentstatuses");
		assertThat(scheduler.panel().panel()).isEqualTo("cp-components");
		ComponentHealth failed = new ComponentHealth("kube-scheduler", "kube-scheduler-cp-1", ComponentHealth.Status.FAILED,
				"[-]leaderElection failed", "GET https://10.0.0.11:10259/healthz (pod kube-system/kube-scheduler-cp-1)", AT);
		ClusterFacts probed = facts.withProbes(facts.probes().withComponents(List.of(failed)), 2);
		Finding down = Checklist.one(probed, ControlPlaneChecklistChecks.COMPONENTS, "kube-scheduler");
		assertThat(down.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(down.summary()).endsWith("/healthz 0 of 1 instances answered ok");
		assertThat(down.evidence()).extracting((e) -> e.source())
			.contains("GET https://10.0.0.11:10259/healthz (pod kube-system/kube-scheduler-cp-1)");
	}

	@Test
	void aManagedControlPlaneCannotBeAskedSoItIsUnknown() {
		List<Finding> components = Checklist.of(RealWorld.facts("aks-1.16-kubenet"), ControlPlaneChecklistChecks.COMPONENTS);
		assertThat(components).extracting(Finding::subject).containsExactly("kube-scheduler", "kube-controller-manager");
		assertThat(components).allSatisfy((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).startsWith("Not visible: managed by Azure AKS");
		});
	}

	static String resource(String name) {
		try (InputStream in = ControlPlaneChecklistChecksTests.class.getResourceAsStream(REAL + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
