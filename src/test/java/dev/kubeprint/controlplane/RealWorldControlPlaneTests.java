package dev.kubeprint.controlplane;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.controlplane.TopologyView.Mode;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.distribution.DistributionAnalyzer;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/** The control-plane page on real dumps (../shared/realworld/README.md), one expectation per test. */
class RealWorldControlPlaneTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final ReferenceCatalog REFERENCE = ReferenceCatalog.load();

	private static final ControlPlanePageAnalyzer ANALYZER = new ControlPlanePageAnalyzer(REFERENCE);

	private static final ControlPlaneAnalyzer COMPONENTS = new ControlPlaneAnalyzer(REFERENCE);

	private static final DistributionAnalyzer DISTRIBUTION = new DistributionAnalyzer(REFERENCE);

	/** As the app wires it: the distribution read once, then the rows and the page from it. */
	private static ControlPlaneView analyze(ClusterFacts facts) {
		DistributionView distribution = DISTRIBUTION.analyze(facts, EN);
		return ANALYZER.analyze(facts, EN, COMPONENTS.analyze(facts, EN, distribution), distribution);
	}

	private static ControlPlaneView page(String dump) {
		return analyze(RealWorld.facts(dump));
	}

	private static ComponentView row(ControlPlaneView view, String id) {
		return view.components().stream().filter((c) -> c.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void aksControlPlaneIsManagedNeverHealthyFromADump() {
		ControlPlaneView view = page("aks-1.16-kubenet");
		assertThat(view.managedBy()).isEqualTo("Azure AKS");
		ComponentView apiserver = row(view, "kube-apiserver");
		assertThat(apiserver.health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(apiserver.reason()).startsWith("managed by Azure AKS: not observable")
			.contains("this is a dump (captured at 2020-06-07T08:01:09Z)")
			.doesNotContain("answers");
		assertThat(view.apiServer()).as("nothing captured /readyz").isNull();
		assertThat(view.topology().mode()).isEqualTo(Mode.MANAGED);
	}

	@Test
	void aksHasNoControlPlanePodsAndTunnelfrontIsNotOne() {
		ControlPlaneView view = page("aks-1.16-kubenet");
		assertThat(view.components()).allSatisfy((c) -> assertThat(c.instances()).isEmpty());
		assertThat(view.components()).allSatisfy((c) -> assertThat(c.health()).isNotIn(Health.DOWN, Health.HEALTHY));
	}

	@Test
	void aksEtcdAndLeadersAreNotInData() {
		ControlPlaneView view = page("aks-1.16-kubenet");
		assertThat(row(view, "etcd").health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(view.components()).allSatisfy((c) -> assertThat(c.leader()).isEmpty());
	}

	@Test
	void rke2StaticPodsAreTheControlPlane() {
		ControlPlaneView view = page("rke2-1.33-cilium");
		for (String id : List.of("kube-apiserver", "kube-controller-manager", "kube-scheduler", "cloud-controller-manager",
				"etcd")) {
			assertThat(row(view, id).instances()).as(id)
				.extracting(ComponentView.InstanceView::name)
				.containsExactly(id + "-omen-omen-25l-desktop-gt12-0xxx");
		}
		assertThat(view.topology().settings()).extracting(TopologyView.Setting::key)
			.contains("kube-apiserver --service-cluster-ip-range");
	}

	@Test
	void rke2EtcdIsStackedAndItsMemberCountIsNotProven() {
		ControlPlaneView view = page("rke2-1.33-cilium");
		assertThat(view.topology().mode()).isEqualTo(Mode.STACKED);
		ComponentView etcd = row(view, "etcd");
		assertThat(etcd.haLive()).contains("member count not proven")
			.contains("--config-file=/var/lib/rancher/rke2/server/db/etcd/config")
			.contains("node omen-omen-25l-desktop-gt12-0xxx reports EtcdIsVoter=True: this node is a voter")
			.doesNotContain("quorum needs");
		assertThat(etcd.reason()).doesNotContain("quorum holds");
	}

	@Test
	void rke2LeadersAreNotInData() {
		ControlPlaneView view = page("rke2-1.33-cilium");
		assertThat(row(view, "kube-scheduler").haLive()).contains("leader: not in data (Leases not collected");
		assertThat(row(view, "cloud-controller-manager").haLive())
			.as("the lock named by --leader-elect-resource-name")
			.contains("kube-system/rke2-cloud-controller-manager");
		assertThat(view.components()).allSatisfy((c) -> assertThat(c.leader()).isEmpty());
	}

	@Test
	void rke2ApiServerSaysEndpointsWereNotCollectedNotZero() {
		ComponentView apiserver = row(page("rke2-1.33-cilium"), "kube-apiserver");
		assertThat(apiserver.haLive()).contains("Endpoints were not collected")
			.contains("cannot tell how many API servers are registered")
			.doesNotContain("0 endpoints");
		assertThat(apiserver.reason()).contains("not observed: this is a dump (captured at 2025-11-01T03:31:10Z)");
	}

	@Test
	void kindStaticPodsRunOnKindControlPlane() {
		ControlPlaneView view = page("kind-1.21-sonobuoy");
		for (String id : List.of("kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd")) {
			assertThat(row(view, id).instances()).as(id)
				.extracting(ComponentView.InstanceView::node)
				.containsExactly("kind-control-plane");
		}
	}

	@Test
	void kindLeasesKeepTheirFullHolderIdentity() {
		ControlPlaneView view = page("kind-1.21-sonobuoy");
		assertThat(row(view, "kube-scheduler").leader()).startsWith("kind-control-plane_f5f04a1f-");
		assertThat(row(view, "kube-controller-manager").leader()).startsWith("kind-control-plane_7d59f7c8-");
		assertThat(row(view, "kube-scheduler").leaderNode()).isEqualTo("kind-control-plane");
	}

	@Test
	void kindEtcdIsStackedWithOneMember() {
		ControlPlaneView view = page("kind-1.21-sonobuoy");
		assertThat(view.topology().mode()).isEqualTo(Mode.STACKED);
		assertThat(row(view, "etcd").haLive()).startsWith("1 members stacked on control-plane nodes (from "
				+ "--initial-cluster on etcd-kind-control-plane), quorum needs 1, tolerates 0 failed members");
	}

	@Test
	void eks122ControlPlaneIsManagedAndLeadersAreNotInData() {
		ControlPlaneView view = page("eks-1.22-node-unreachable");
		assertThat(view.managedBy()).isEqualTo("Amazon EKS");
		assertThat(view.components()).allSatisfy((c) -> {
			assertThat(c.health()).isEqualTo(Health.NOT_APPLICABLE);
			assertThat(c.leader()).isEmpty();
		});
		assertThat(row(view, "kube-apiserver").reason()).contains("this is a dump");
	}

	@Test
	void kubeadm121StaticPodsRunOnK8sController1() {
		ControlPlaneView view = page("kubeadm-1.21-calico");
		for (String id : List.of("kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd")) {
			assertThat(row(view, id).instances()).as(id)
				.extracting(ComponentView.InstanceView::node)
				.containsExactly("k8s-controller1");
		}
	}

	@Test
	void kubeadm121EtcdIsStackedWithOneMember() {
		ControlPlaneView view = page("kubeadm-1.21-calico");
		assertThat(view.topology().mode()).isEqualTo(Mode.STACKED);
		assertThat(row(view, "etcd").haLive()).startsWith("1 members stacked on control-plane nodes (from "
				+ "--initial-cluster on etcd-k8s-controller1)");
		assertThat(row(view, "kube-scheduler").haLive()).contains("leader: not in data (Leases not collected");
	}

	@Test
	void nodesOnlyControlPlanePageSaysNotCollectedNeverReassures() {
		ControlPlaneView view = analyze(RealWorld.nodesOnly());
		assertThat(view.apiServer()).isNull();
		assertThat(view.apiServerAbsent()).contains("no capture");
		assertThat(view.components()).allSatisfy((c) -> {
			assertThat(c.health()).isEqualTo(Health.UNKNOWN);
			assertThat(c.reason()).isEqualTo("Cannot tell: pods are not available (not in this snapshot)");
			assertThat(c.instances()).isEmpty();
		});
		assertThat(view.topology().mode()).isEqualTo(Mode.UNKNOWN);
		assertThat(view.topology().evidence()).startsWith("cannot tell: Pods: not in this snapshot; ConfigMaps: not in "
				+ "this snapshot");
	}

}
