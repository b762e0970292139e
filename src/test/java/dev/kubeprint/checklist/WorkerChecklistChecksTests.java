package dev.kubeprint.checklist;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.LargeCluster;

import static org.assertj.core.api.Assertions.assertThat;

/** nodes -o wide, node conditions and the kubelet's heartbeat, on nodes and node Leases written as YAML. */
class WorkerChecklistChecksTests {

	/** A node Lease renewed {@code secondsBefore} the facts' moment (KubeJson.AT, the nodes' heartbeat). */
	private static String nodeLease(String node, String renewTime) {
		return """
				{"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"%s","namespace":"kube-node-lease"},
				 "spec":{"holderIdentity":"%s","leaseDurationSeconds":40,"renewTime":"%s"}}
				""".formatted(node, node, renewTime);
	}

	private static ClusterFacts cluster() {
		return KubeJson.facts(KubeJson.node("worker-1").ip("10.0.0.1"), KubeJson.node("worker-2").ip("10.0.0.2"),
				KubeJson.node("worker-3").ready("Unknown"), KubeJson.node("worker-4").pressure("DiskPressure"),
				KubeJson.node("worker-5").cordoned(),
				nodeLease("worker-1", "2026-11-20T07:59:50.000000Z"), nodeLease("worker-2", "2026-11-20T07:59:55.000000Z"),
				nodeLease("worker-3", "2026-11-20T07:42:00.000000Z"), nodeLease("worker-4", "2026-11-20T07:59:58.000000Z"))
			.build();
	}

	@Test
	void nodesWideCountsReadyAndNamesTheOthers() {
		Finding wide = Checklist.one(cluster(), WorkerChecklistChecks.NODES, "nodes");
		assertThat(wide.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(wide.summary()).isEqualTo("1 of 5 nodes not Ready: worker-3");
		assertThat(wide.evidence()).extracting((e) -> e.fact())
			.contains("kubelet versions: v1.30.6 ×5", "runtimes: containerd://1.7.22 ×5")
			.anySatisfy((fact) -> assertThat(fact).startsWith("worker-3 NotReady"))
			.anySatisfy((fact) -> assertThat(fact).isEqualTo("worker-1 Ready 10.0.0.1 kubelet v1.30.6 containerd://1.7.22"));
		assertThat(wide.command()).isEqualTo("kubectl get nodes -o wide");
		assertThat(wide.panel().panel()).isEqualTo("nodes-table");
	}

	@Test
	void conditionsJudgedPerNodeWithTheCommandFilledIn() {
		ClusterFacts facts = cluster();
		Finding down = Checklist.one(facts, WorkerChecklistChecks.CONDITIONS, "worker-3");
		assertThat(down.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(down.summary()).isEqualTo("Ready=Unknown (KubeletReady)");
		assertThat(down.command()).isEqualTo("kubectl describe node worker-3 | grep -A 10 Conditions");
		Finding pressure = Checklist.one(facts, WorkerChecklistChecks.CONDITIONS, "worker-4");
		assertThat(pressure.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(pressure.summary()).contains("DiskPressure");
		assertThat(pressure.evidence()).extracting((e) -> e.fact()).contains("DiskPressure=True (KubeletHasDiskPressure) — a problem");
		assertThat(Checklist.one(facts, WorkerChecklistChecks.CONDITIONS, "worker-5").level()).isEqualTo(FindingLevel.INFO);
		assertThat(Checklist.one(facts, WorkerChecklistChecks.CONDITIONS, "worker-1").level()).isEqualTo(FindingLevel.OK);
	}

	@Test
	void kubeletHeartbeatFromTheNodeLeaseAtTheFactsMoment() {
		ClusterFacts facts = cluster();
		Finding fresh = Checklist.one(facts, WorkerChecklistChecks.KUBELET, "worker-1");
		assertThat(fresh.level()).isEqualTo(FindingLevel.OK);
		assertThat(fresh.evidence().get(0).fact()).isEqualTo("renewed 10 s before these facts (leaseDurationSeconds 40)");
		assertThat(fresh.command()).isEqualTo("kubectl get lease -n kube-node-lease worker-1 -o yaml");
		Finding expired = Checklist.one(facts, WorkerChecklistChecks.KUBELET, "worker-3");
		assertThat(expired.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(expired.summary()).startsWith("The kubelet has not renewed its Lease for 1080 s");
		assertThat(expired.remedy()).contains("systemctl status kubelet");
		Finding noLease = Checklist.one(facts, WorkerChecklistChecks.KUBELET, "worker-5");
		assertThat(noLease.level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(noLease.summary()).contains("No Lease for this node in kube-node-lease");
	}

	@Test
	void leasesNotCollectedOrForbiddenAreUnknownWithTheReasonNeverOk() {
		ClusterFacts facts = KubeJson.facts(KubeJson.node("worker-1"))
			.unavailable(FactKind.LEASES, Availability.forbidden("list", "leases", "list leases is forbidden"))
			.build();
		List<Finding> kubelet = Checklist.of(facts, WorkerChecklistChecks.KUBELET);
		assertThat(kubelet).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).isEqualTo("Lease objects cannot be read (FORBIDDEN): list leases is forbidden");
		});
		ClusterFacts noNodes = KubeJson.facts(KubeJson.version("v1.30.6"))
			.unavailable(FactKind.NODES, Availability.notCollected("not in this snapshot"))
			.build();
		assertThat(Checklist.run(noNodes)).filteredOn((f) -> f.check().startsWith("checklist.node")
				|| f.check().equals(WorkerChecklistChecks.KUBELET))
			.isNotEmpty()
			.allSatisfy((f) -> assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN));
	}

	/** 5,000 nodes, every 300th NotReady: 17 of them, more than are named one by one. */
	private static ClusterFacts fiveThousandNodes() {
		List<Object> docs = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			docs.add(KubeJson.node("n-" + i).ready(i % 300 == 0 ? "False" : "True"));
		}
		return KubeJson.facts(docs.toArray()).build();
	}

	@Test
	void fiveThousandNodesStayBoundedAndNameTheWorstFirst() {
		ClusterFacts facts = fiveThousandNodes();
		List<Finding> conditions = Checklist.of(facts, WorkerChecklistChecks.CONDITIONS);
		assertThat(conditions).hasSize(NodeRollup.NAMED + 2);
		assertThat(conditions.subList(0, NodeRollup.NAMED)).allSatisfy((f) -> assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL));
		Finding more = conditions.get(NodeRollup.NAMED);
		assertThat(more.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(more.summary()).isEqualTo("7 more of 5,000 nodes need attention (7 critical): n-3600, n-3900, n-4200 and …");
		Finding fine = conditions.get(NodeRollup.NAMED + 1);
		assertThat(fine.level()).isEqualTo(FindingLevel.OK);
		assertThat(fine.summary()).startsWith("4,983 of 5,000 nodes: Ready, no pressure condition (n-1, n-10, n-100 and …)");
		assertThat(Checklist.run(facts)).hasSizeLessThan(80);
		Finding wide = Checklist.one(facts, WorkerChecklistChecks.NODES, "nodes");
		assertThat(wide.summary()).isEqualTo("17 of 5,000 nodes not Ready: n-0, n-1200, n-1500 and …");
		assertThat(wide.evidence()).hasSize(2 + NodeRollup.NAMED);
	}

	@Test
	void rollupKeepsEveryNodeCounted() {
		List<String> docs = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			docs.add(KubeJson.node("n-" + i).ready(i < 12 ? "False" : "True").toString());
		}
		List<Finding> conditions = Checklist.of(KubeJson.facts(docs.toArray()).build(), WorkerChecklistChecks.CONDITIONS);
		assertThat(conditions).hasSize(NodeRollup.NAMED + 2);
		assertThat(conditions.get(NodeRollup.NAMED).subject()).isEqualTo("n-8 and 1 more");
		assertThat(conditions.get(NodeRollup.NAMED + 1).summary()).startsWith("18 of 30 nodes");
	}

}
