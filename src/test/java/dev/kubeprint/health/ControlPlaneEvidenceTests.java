package dev.kubeprint.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ComponentHealth;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.controlplane.TopologyAnalyzer;
import dev.kubeprint.controlplane.TopologyView;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.health.ControlPlaneAnalyzerTests.component;
import static dev.kubeprint.health.ControlPlaneAnalyzerTests.initialCluster;
import static dev.kubeprint.testing.ClusterYaml.AT;
import static dev.kubeprint.testing.ClusterYaml.lease;
import static dev.kubeprint.testing.ClusterYaml.node;
import static dev.kubeprint.testing.ClusterYaml.systemPod;
import static org.assertj.core.api.Assertions.assertThat;

/** What a component answers for itself outranks its pods; leaders, members and datastores as the data proves. */
class ControlPlaneEvidenceTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final String READYZ = """
			[+]ping ok
			[+]log ok
			[+]etcd ok
			[+]informer-sync ok
			readyz check passed
			""";

	private final ControlPlaneAnalyzer analyzer = new ControlPlaneAnalyzer(ReferenceCatalog.load());

	@Test
	void readyzPassingOutranksMirrorPodsMarkedNotReadyOnSilentNodes() {
		List<String> docs = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			docs.add(node("cp-" + i, "control-plane", "", "z", "Unknown"));
			docs.add(systemPod("kube-apiserver-cp-" + i, "kube-apiserver", "cp-" + i, false));
			docs.add(systemPod("kube-scheduler-cp-" + i, "kube-scheduler", "cp-" + i, false));
		}
		docs.add(lease("kube-scheduler", "cp-2", AT, 4));
		ClusterFacts facts = TestFacts.yaml(docs.toArray(String[]::new)).file("readyz-verbose.txt", READYZ).build();
		List<ComponentView> rows = analyzer.analyze(facts, EN);
		ComponentView apiserver = component(rows, "kube-apiserver");
		assertThat(apiserver.health()).isEqualTo(Health.HEALTHY);
		assertThat(apiserver.reason()).startsWith("the API server answers /readyz itself: all 4 checks pass")
			.contains("its pods are NotReady (kube-apiserver-cp-1, kube-apiserver-cp-2, kube-apiserver-cp-3) because "
					+ "node cp-1, cp-2, cp-3 stopped posting status");
		assertThat(apiserver.summary()).as("the pods' own count stays visible").isEqualTo("0/3 ready");
		ComponentView scheduler = component(rows, "kube-scheduler");
		assertThat(scheduler.health()).as("a lease renewed moments ago proves the leader works")
			.isEqualTo(Health.HEALTHY);
		assertThat(scheduler.reason()).startsWith("the leader cp-2 renewed its lease 0 s ago")
			.contains("stopped posting status");
	}

	@Test
	void readyzPassingWithAPodNotReadyOnAReadyNodeIsDegradedWithTheDisagreementSaid() {
		ClusterFacts facts = TestFacts
			.yaml(node("cp-1", "control-plane", "", "z", "True"), node("cp-2", "control-plane", "", "z", "True"),
					systemPod("kube-apiserver-cp-1", "kube-apiserver", "cp-1", true),
					systemPod("kube-apiserver-cp-2", "kube-apiserver", "cp-2", false))
			.file("readyz-verbose.txt", READYZ)
			.build();
		ComponentView apiserver = component(analyzer.analyze(facts, EN), "kube-apiserver");
		assertThat(apiserver.health()).isEqualTo(Health.DEGRADED);
		assertThat(apiserver.reason()).contains("its pods say otherwise (not ready: kube-apiserver-cp-2)");
	}

	@Test
	void aDumpWithoutReadyzNeverSaysTheApiAnswers() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "control-plane", "", "z", "True"),
				systemPod("kube-apiserver-cp-1", "kube-apiserver", "cp-1", true))
			.unavailable(FactKind.ENDPOINT_SLICES, Availability.notCollected("not in this snapshot"))
			.build();
		ComponentView apiserver = component(analyzer.analyze(facts, EN), "kube-apiserver");
		assertThat(apiserver.reason()).contains("not observed: this is a dump (captured at").doesNotContain("answers");
		assertThat(apiserver.haLive()).contains("Endpoints were not collected")
			.contains("cannot tell how many API servers are registered");
	}

	@Test
	void anEvenEtcdMemberCountToleratesNoMoreThanTheOddCountBelow() {
		List<String> docs = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			docs.add(node("cp-" + i, "control-plane", "", "z", "True"));
			docs.add(systemPod("etcd-cp-" + i, "etcd", "cp-" + i, true).replace("--leader-elect=true",
					"--initial-cluster=" + initialCluster(4)));
		}
		ComponentView etcd = component(analyzer.analyze(TestFacts.yaml(docs.toArray(String[]::new)).build(), EN), "etcd");
		assertThat(etcd.haLive()).contains("4 members").contains("quorum needs 3")
			.contains("tolerates 1 failed members, as 3 members would: an even count adds no tolerance");
	}

	@Test
	void aCnisOwnEtcdIsNeverTheClustersEtcd() {
		String calicoEtcd = systemPod("calico-etcd-abcde", "calico-etcd", "cp-1", true);
		String ciliumEtcd = systemPod("cilium-etcd-xyz12", "etcd", "cp-1", true)
			.replace("kind: Node, name: cp-1", "kind: EtcdCluster, name: cilium-etcd");
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "control-plane", "", "z", "True"), calicoEtcd, ciliumEtcd)
			.build();
		ComponentView etcd = component(analyzer.analyze(facts, EN), "etcd");
		assertThat(etcd.instances()).isEmpty();
		assertThat(etcd.health()).isEqualTo(Health.UNKNOWN);
		assertThat(new TopologyAnalyzer().analyze(facts, "", EN).mode()).as("a CNI's etcd is no stacked etcd")
			.isEqualTo(TopologyView.Mode.UNKNOWN);
	}

	@Test
	void leadersFromTheOlderConfigMapAnnotationKeepTheirFullIdentity() {
		String annotated = """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: kube-scheduler
				  namespace: kube-system
				  annotations:
				    control-plane.alpha.kubernetes.io/leader: '{"holderIdentity":"cp-1_0a1b2c3d-aaaa","leaseDurationSeconds":15,"acquireTime":"2026-11-20T07:00:00Z","renewTime":"%s","leaderTransitions":2}'
				""".formatted(AT);
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "control-plane", "", "z", "True"),
				systemPod("kube-scheduler-cp-1", "kube-scheduler", "cp-1", true), annotated).build();
		ComponentView scheduler = component(analyzer.analyze(facts, EN), "kube-scheduler");
		assertThat(scheduler.leader()).isEqualTo("cp-1_0a1b2c3d-aaaa");
		assertThat(scheduler.leaderNode()).isEqualTo("cp-1");
		assertThat(scheduler.haLive()).contains("holder cp-1").contains("2 transitions");
		assertThat(scheduler.evidence()).contains("control-plane.alpha.kubernetes.io/leader annotation on ConfigMap "
				+ "kube-system/kube-scheduler");
	}

	@Test
	void leaderElectFalseIsNoLeaderElection() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "control-plane", "", "z", "True"),
				systemPod("kube-scheduler-cp-1", "kube-scheduler", "cp-1", true).replace("--leader-elect=true",
						"--leader-elect=false"))
			.build();
		ComponentView scheduler = component(analyzer.analyze(facts, EN), "kube-scheduler");
		assertThat(scheduler.haLive()).contains("no leader election (--leader-elect=false on kube-scheduler-cp-1)");
		assertThat(scheduler.leader()).isEmpty();
	}

	@Test
	void aComponentIsFoundByItsComponentLabelWhateverItsName() {
		ClusterFacts facts = TestFacts.yaml(node("s-1", "control-plane", "", "z", "True"),
				systemPod("apiserver-on-s-1", "kube-apiserver", "s-1", true)).build();
		assertThat(component(analyzer.analyze(facts, EN), "kube-apiserver").instances())
			.extracting(ComponentView.InstanceView::name)
			.containsExactly("apiserver-on-s-1");
	}

	@Test
	void aComponentIsFoundByTheProgramItRunsWhateverItsNameAndLabels() {
		String pod = """
				apiVersion: v1
				kind: Pod
				metadata: {name: api-on-s-1, namespace: kube-system, labels: {app: control}}
				spec: {nodeName: s-1, containers: [{name: c, command: [/usr/local/bin/hyperkube, apiserver, --secure-port=6443]}]}
				status: {phase: Running, conditions: [{type: Ready, status: "True"}]}
				""";
		ClusterFacts facts = TestFacts.yaml(node("s-1", "control-plane", "", "z", "True"), pod).build();
		assertThat(component(analyzer.analyze(facts, EN), "kube-apiserver").instances())
			.extracting(ComponentView.InstanceView::name)
			.containsExactly("api-on-s-1");
	}

	@Test
	void k3sRunsItsControlPlaneInItsOwnProcessNotAsPods() {
		String server = node("k3s-1", "control-plane", "", "z", "True").replace("providerID: \"\"",
				"providerID: \"k3s://k3s-1\"");
		List<ComponentView> rows = analyzer.analyze(TestFacts.yaml(server).build(), EN);
		assertThat(component(rows, "kube-apiserver").reason())
			.isEqualTo("kube-apiserver runs inside the k3s server process on k3s-1: not visible as a pod, so its "
					+ "health is not in the data");
		assertThat(component(rows, "kube-scheduler").health()).isEqualTo(Health.UNKNOWN);
	}

	@Test
	void healthzAnsweringOutranksPodsMarkedNotReadyOnASilentNode() {
		ClusterFacts dump = TestFacts.yaml(node("cp-1", "control-plane", "", "z", "Unknown"),
				systemPod("kube-controller-manager-cp-1", "kube-controller-manager", "cp-1", false))
			.unavailable(FactKind.LEASES, Availability.notCollected("not in this snapshot"))
			.build();
		ClusterFacts facts = dump.withProbes(dump.probes()
			.withComponents(List.of(new ComponentHealth("kube-controller-manager", "kube-controller-manager-cp-1",
					ComponentHealth.Status.OK, "ok", "GET https://10.0.0.1:10257/healthz", dump.observedAt()))), 2);
		ComponentView row = component(analyzer.analyze(facts, EN), "kube-controller-manager");
		assertThat(row.health()).isEqualTo(Health.HEALTHY);
		assertThat(row.reason()).startsWith("kube-controller-manager-cp-1 answer /healthz ok themselves")
			.contains("because node cp-1 stopped posting status");
		assertThat(row.evidence()).startsWith("/healthz of each instance");
	}

}
