package dev.kubeprint.problems;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.PanelLink;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static dev.kubeprint.problems.ProblemFixtures.ZH;
import static org.assertj.core.api.Assertions.assertThat;

class DnsChecksTests {

	private static final String LOGS = "kubectl logs -n kube-system -l k8s-app=kube-dns";

	private final DnsChecks checks = new DnsChecks(REFERENCE);

	private Finding check(TestFacts facts) {
		return checks.check(facts.build(), EN).get(0);
	}

	@Test
	void podsThatCannotBeReadLeaveDnsUnknown() {
		Finding f = check(TestFacts.yaml().unavailable(FactKind.PODS, Availability.forbidden("list", "pods", "forbidden")));
		assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(f.command()).isEqualTo(LOGS);
	}

	@Test
	void noDnsPodIsUnknownNotFine() {
		Finding f = check(KubeJson.facts(KubeJson.pod("shop", "web-1", "w-1", "100m", "64Mi")));
		assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(f.summary()).contains("No pod labelled k8s-app=kube-dns");
	}

	@Test
	void readyPodsAndReadyEndpointsAreOk() {
		Finding f = check(KubeJson.facts(dnsPod("coredns-a", true), dnsPod("coredns-b", true),
				KubeJson.service("kube-system", "kube-dns"), KubeJson.endpointSlice("kube-system", "kube-dns-x", "kube-dns", 2)));
		assertThat(f.level()).isEqualTo(FindingLevel.OK);
		assertThat(f.summary()).isEqualTo("All 2 DNS pods are ready and the kube-dns Service has 2 ready endpoints");
		assertThat(f.evidence()).extracting(Evidence::fact)
			.containsExactly("coredns-a: ready 1/1, Running, 0 restarts", "coredns-b: ready 1/1, Running, 0 restarts",
					"kube-dns Service: 2 of 2 endpoints ready");
		assertThat(f.command()).isEqualTo(LOGS);
		assertThat(f.panel()).isEqualTo(new PanelLink("workloads", "workloads-pods"));
	}

	/** A cluster-info dump: the pods are there, the EndpointSlices are not, so the Service's state is unknown. */
	@Test
	void readyPodsWithoutEndpointSlicesAreUnknown() {
		Finding f = check(KubeJson.facts(dnsPod("coredns-a", true))
			.unavailable(FactKind.ENDPOINT_SLICES, Availability.notCollected("not in this snapshot")));
		assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(f.summary()).isEqualTo("All 1 DNS pods are ready, but whether the kube-dns Service reaches them is "
				+ "unknown: endpointslices.discovery.k8s.io cannot be read: not in this snapshot");
		assertThat(f.command()).isEqualTo("kubectl get endpointslices -n kube-system -l kubernetes.io/service-name=kube-dns");
	}

	@Test
	void aCrashingPodIsAWarningNamingItsReason() {
		Finding f = check(TestFacts.yaml(crashing("coredns-b")).file("a.json", dnsPod("coredns-a", true))
			.file("s.json", KubeJson.service("kube-system", "kube-dns"))
			.file("e.json", KubeJson.endpointSlice("kube-system", "kube-dns-x", "kube-dns", 1)));
		assertThat(f.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(f.summary()).isEqualTo("1 of 2 DNS pods are not ready: coredns-b (CrashLoopBackOff)");
		assertThat(f.evidence()).extracting(Evidence::fact).contains("coredns-b: ready 0/1, CrashLoopBackOff, 14 restarts");
		assertThat(f.remedy()).startsWith("Check CoreDNS")
			.contains("kubectl get endpointslices -n kube-system -l kubernetes.io/service-name=kube-dns")
			.contains("coredns-*");
	}

	@Test
	void noReadyEndpointIsCriticalEvenWithReadyPods() {
		Finding f = check(KubeJson.facts(dnsPod("coredns-a", true), KubeJson.service("kube-system", "kube-dns"),
				KubeJson.endpointSlice("kube-system", "kube-dns-x", "kube-dns", 0)));
		assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(f.summary()).isEqualTo("Cluster DNS is down: 1 of 1 DNS pods ready, 0 ready endpoints of the kube-dns Service");
	}

	@Test
	void noReadyPodIsCritical() {
		ClusterFacts facts = KubeJson.facts(dnsPod("coredns-a", false))
			.unavailable(FactKind.ENDPOINT_SLICES, Availability.notCollected("not in this snapshot"))
			.build();
		Finding f = checks.check(facts, ZH).get(0);
		assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(f.summary()).isEqualTo("集群 DNS 不可用:1 个 DNS Pod 中 0 个就绪,kube-dns Service 的就绪端点数:未知");
	}

	static String dnsPod(String name, boolean ready) {
		return KubeJson.daemonSetPod(name, "kube-dns", "w-1", ready, "/coredns", "-conf", "/etc/coredns/Corefile");
	}

	static String crashing(String name) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: kube-system, labels: {k8s-app: kube-dns}}
				spec: {nodeName: w-2, containers: [{name: coredns, image: "registry.k8s.io/coredns/coredns:v1.11.1"}]}
				status:
				  phase: Running
				  conditions: [{type: Ready, status: "False"}]
				  containerStatuses:
				  - name: coredns
				    ready: false
				    restartCount: 14
				    state: {waiting: {reason: CrashLoopBackOff, message: "back-off 5m0s restarting failed container"}}
				""".formatted(name);
	}

}
