package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.PanelLink;
import dev.kubeprint.problems.SchedulingReasons.Group;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static dev.kubeprint.problems.ProblemFixtures.ZH;
import static dev.kubeprint.problems.ProblemFixtures.unscheduled;
import static org.assertj.core.api.Assertions.assertThat;

class SchedulingChecksTests {

	static final String CPU = "0/5 nodes are available: 3 Insufficient cpu, 2 node(s) had untolerated taint "
			+ "{node-role.kubernetes.io/control-plane: }. preemption: 0/5 nodes are available: "
			+ "3 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.";

	static final String TAINT = "0/5 nodes are available: 1 Insufficient memory, 4 node(s) had untolerated taint "
			+ "{dedicated: gpu}. preemption: 0/5 nodes are available: 5 Preemption is not helpful for scheduling.";

	static final String AFFINITY = "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.";

	static final String CLAIMS = "0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims. "
			+ "preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";

	private final SchedulingChecks checks = new SchedulingChecks(REFERENCE);

	@Test
	void theSchedulersMessagesAreReadIntoTheReasonThatKeptThePodOffTheMostNodes() {
		assertThat(SchedulingReasons.read(CPU)).isEqualTo(Group.INSUFFICIENT_CPU);
		assertThat(SchedulingReasons.read(TAINT)).isEqualTo(Group.TAINTS);
		assertThat(SchedulingReasons.read(AFFINITY)).isEqualTo(Group.AFFINITY);
		assertThat(SchedulingReasons.read(CLAIMS)).isEqualTo(Group.UNBOUND_CLAIMS);
		assertThat(SchedulingReasons.read("0/3 nodes are available: 3 Insufficient memory.")).isEqualTo(Group.INSUFFICIENT_MEMORY);
		assertThat(SchedulingReasons.read("0/4 nodes are available: 2 Insufficient nvidia.com/gpu, 2 Too many pods."))
			.isEqualTo(Group.INSUFFICIENT_OTHER);
		// a tie goes to the scarcer resource, as the group order says
		assertThat(SchedulingReasons.read("0/4 nodes are available: 2 node(s) had taint {a: b}, that the pod didn't "
				+ "tolerate, 2 Insufficient memory.")).isEqualTo(Group.INSUFFICIENT_MEMORY);
		assertThat(SchedulingReasons.read("0/2 nodes are available: 2 node(s) had volume node affinity conflict."))
			.isEqualTo(Group.UNBOUND_CLAIMS);
		assertThat(SchedulingReasons.read("0/3 nodes are available: 3 node(s) were unschedulable.")).isEqualTo(Group.OTHER);
		assertThat(SchedulingReasons.read("no nodes available to schedule pods")).isEqualTo(Group.OTHER);
		assertThat(SchedulingReasons.read("")).isEqualTo(Group.OTHER);
	}

	@Test
	void podsThatCannotBeReadLeaveSchedulingUnknown() {
		ClusterFacts facts = TestFacts.yaml()
			.unavailable(FactKind.PODS, Availability.forbidden("list", "pods", "pods is forbidden"))
			.build();
		assertThat(checks.check(facts, EN)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).isEqualTo("pods cannot be read: pods is forbidden");
			assertThat(f.remedy()).isEqualTo("Grant list on pods to Kubeprint's ServiceAccount.");
		});
	}

	@Test
	void noUnscheduledPodIsOkWithItsBasis() {
		ClusterFacts facts = KubeJson.facts(KubeJson.pod("shop", "web-1", "w-1", "100m", "64Mi")).build();
		assertThat(checks.check(facts, EN)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.OK);
			assertThat(f.summary()).isEqualTo("No pod waits for a node: none of the 1 pods has PodScheduled=False");
			assertThat(f.evidence()).isNotEmpty();
			assertThat(f.panel()).isEqualTo(new PanelLink("workloads", "workloads-pods"));
		});
	}

	/** A few pods read from YAML as a dump holds them: below the reference's 50 they are named as info. */
	@Test
	void aFewPendingPodsAreGroupedBiggestFirstAsInfo() {
		ClusterFacts facts = TestFacts.yaml(pending("shop", "web-2", CPU), pending("shop", "web-1", CPU),
				pending("ml", "train-1", TAINT), pending("shop", "gated", "").replace("Unschedulable", "SchedulingGated"))
			.build();
		List<Finding> findings = checks.check(facts, EN);
		assertThat(findings).extracting(Finding::subject)
			.containsExactly("Pending pods: insufficient cpu", "Pending pods: taints not tolerated");
		assertThat(findings).extracting(Finding::level).containsOnly(FindingLevel.INFO);
		Finding cpu = findings.get(0);
		assertThat(cpu.summary()).isEqualTo("2 pods Pending because of insufficient cpu: shop/web-1, shop/web-2");
		assertThat(cpu.evidence()).singleElement().satisfies((e) -> {
			assertThat(e.fact()).isEqualTo(CPU);
			assertThat(e.source()).isEqualTo("pod shop/web-1 PodScheduled=False (Unschedulable)");
		});
		assertThat(cpu.cause()).contains("unrequested CPU");
		assertThat(cpu.remedy()).isEqualTo("Check resources and affinity rules: Add nodes or lower the pods' CPU requests.");
		assertThat(cpu.command()).isEqualTo("kubectl describe pod -n shop web-1");
	}

	/** 10,000 pending pods in four groups: four findings, each naming its first three pods and counting the rest. */
	@Test
	void tenThousandPendingPodsAreFourFindingsEachNamingThreePods() {
		List<PodFact> pods = new ArrayList<>();
		String[] messages = { CPU, TAINT, AFFINITY, CLAIMS };
		int[] sizes = { 4000, 3000, 2000, 1000 };
		for (int g = 0; g < 4; g++) {
			for (int i = sizes[g] - 1; i >= 0; i--) {
				pods.add(unscheduled("ns-" + g, String.format("pod-%05d", i), messages[g]));
			}
		}
		List<Finding> findings = checks.check(ProblemFixtures.pods(pods), EN);
		assertThat(findings).hasSize(4).extracting(Finding::level).containsOnly(FindingLevel.WARNING);
		assertThat(findings).extracting(Finding::summary)
			.containsExactly(
					"4,000 pods Pending because of insufficient cpu: ns-0/pod-00000, ns-0/pod-00001, ns-0/pod-00002 and 3,997 more",
					"3,000 pods Pending because of taints not tolerated: ns-1/pod-00000, ns-1/pod-00001, ns-1/pod-00002 and 2,997 more",
					"2,000 pods Pending because of affinity or node selector: ns-2/pod-00000, ns-2/pod-00001, ns-2/pod-00002 and 1,997 more",
					"1,000 pods Pending because of unbound claims or volumes: ns-3/pod-00000, ns-3/pod-00001, ns-3/pod-00002 and 997 more");
	}

	/** The scale the product is built for: 150,000 pods in one pass, bounded output. */
	@Test
	void aHundredAndFiftyThousandPodsStayAFewFindings() {
		List<PodFact> pods = new ArrayList<>();
		for (int i = 0; i < 150_000; i++) {
			pods.add((i % 3 == 0) ? unscheduled("batch", "job-" + i, "0/5000 nodes are available: " + (i % 7 + 1)
					+ " Insufficient cpu, 4999 node(s) had untolerated taint {pool: gpu-" + (i % 500) + "}.")
					: ProblemFixtures.running("web", "web-" + i, "node-" + (i % 5000)));
		}
		List<Finding> findings = checks.check(ProblemFixtures.pods(pods), EN);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.subject()).isEqualTo("Pending pods: taints not tolerated");
			assertThat(f.summary()).startsWith("50,000 pods Pending").endsWith("and 49,997 more");
		});
	}

	@Test
	void terminatingPodsAreNotCounted() {
		PodFact leaving = unscheduled("shop", "old", CPU);
		leaving = new PodFact(leaving.namespace(), leaving.name(), "", "Pending", false, 0, leaving.requests(), List.of(),
				"", "", "", java.util.Map.of(), "Unschedulable", CPU, "", false, ProblemFixtures.AT, "", false, false, "",
				ProblemFixtures.AT);
		assertThat(checks.check(ProblemFixtures.pods(List.of(leaving)), EN)).singleElement()
			.extracting(Finding::level)
			.isEqualTo(FindingLevel.OK);
	}

	@Test
	void speaksChinese() {
		Finding f = checks.check(ProblemFixtures.pods(List.of(unscheduled("a", "b", AFFINITY))), ZH).get(0);
		assertThat(f.subject()).isEqualTo("Pending 的 Pod:亲和性或节点选择器");
		assertThat(f.remedy()).startsWith("检查资源/亲和性");
		assertThat(f.evidence()).extracting(Evidence::fact).containsExactly(AFFINITY);
	}

	static String pending(String namespace, String name, String message) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: %s}
				spec:
				  containers: [{name: c, image: app:1}]
				status:
				  phase: Pending
				  conditions:
				  - {type: PodScheduled, status: "False", reason: Unschedulable, message: "%s"}
				""".formatted(name, namespace, message);
	}

}
