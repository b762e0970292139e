package dev.kubeprint.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.testing.ClusterYaml.AT;
import static dev.kubeprint.testing.ClusterYaml.kubeadmConfig;
import static dev.kubeprint.testing.ClusterYaml.lease;
import static dev.kubeprint.testing.ClusterYaml.node;
import static dev.kubeprint.testing.ClusterYaml.systemPod;
import static dev.kubeprint.testing.ClusterYaml.version;
import static org.assertj.core.api.Assertions.assertThat;

public class ControlPlaneAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final ControlPlaneAnalyzer analyzer = new ControlPlaneAnalyzer(ReferenceCatalog.load());

	@Test
	void stackedKubeadmControlPlaneIsHealthyWithItsHaInWords() {
		ClusterFacts facts = TestFacts.yaml(kubeadm(3, 3, "2026-11-20T07:59:58Z"))
			.file("kubeadm.json", kubeadmConfig("api.prod.internal:6443", false))
			.build();
		List<ComponentView> components = analyzer.analyze(facts, EN);
		assertThat(components).extracting(ComponentView::id)
			.containsExactly("kube-apiserver", "etcd", "kube-scheduler", "kube-controller-manager",
					"cloud-controller-manager");
		ComponentView apiserver = component(components, "kube-apiserver");
		assertThat(apiserver.health()).isEqualTo(Health.HEALTHY);
		assertThat(apiserver.ports()).isEqualTo("6443");
		assertThat(apiserver.haLive()).isEqualTo("3 instances behind api.prod.internal:6443 (controlPlaneEndpoint)");
		assertThat(apiserver.instances()).extracting(ComponentView.InstanceView::node).containsExactly("cp-1", "cp-2", "cp-3");
		ComponentView etcd = component(components, "etcd");
		assertThat(etcd.ports()).isEqualTo("2379/2380");
		assertThat(etcd.haLive()).isEqualTo("3 members stacked on control-plane nodes (from --initial-cluster on "
				+ "etcd-cp-1), quorum needs 2, tolerates 1 failed members");
		ComponentView scheduler = component(components, "kube-scheduler");
		assertThat(scheduler.health()).isEqualTo(Health.HEALTHY);
		assertThat(scheduler.haLive()).isEqualTo("3 replicas, leader election, holder cp-2 renewed 2 s ago, 4 transitions");
		assertThat(scheduler.evidence()).isEqualTo("kube-system pods and leader lease");
		assertThat(component(components, "cloud-controller-manager").health()).isEqualTo(Health.NOT_APPLICABLE);
	}

	@Test
	void etcdQuorumHoldsWithOneMemberDownAndIsLostWithTwo() {
		ComponentView oneDown = component(analyzer.analyze(TestFacts.yaml(kubeadm(3, 2, AT)).build(), EN), "etcd");
		assertThat(oneDown.health()).isEqualTo(Health.DEGRADED);
		assertThat(oneDown.reason()).isEqualTo("2 of 3 members ready, quorum holds (needs 2); not ready: etcd-cp-3");
		ComponentView twoDown = component(analyzer.analyze(TestFacts.yaml(kubeadm(3, 1, AT)).build(), EN), "etcd");
		assertThat(twoDown.health()).isEqualTo(Health.DOWN);
		assertThat(twoDown.reason()).startsWith("QUORUM LOST: 1 of 3 members ready, needs 2");
	}

	@Test
	void aLeaseNotRenewedWithinItsDurationIsAFailedLeader() {
		// renewed 60 s before the snapshot was taken, with a 15 s lease
		ClusterFacts facts = TestFacts.yaml(kubeadm(3, 3, "2026-11-20T07:59:00Z")).build();
		ComponentView scheduler = component(analyzer.analyze(facts, EN), "kube-scheduler");
		assertThat(scheduler.health()).isEqualTo(Health.DOWN);
		assertThat(scheduler.reason()).isEqualTo("NO ACTIVE LEADER: lease held by cp-2 not renewed for 60 s (duration 15 s)");
	}

	@Test
	void aManagedControlPlaneIsNotApplicableNotDown() {
		ClusterFacts facts = TestFacts
			.yaml(node("w-1", "", "default", "cn-hangzhou-h", "True").replace("providerID: \"\"",
					"providerID: \"alicloud://cn-hangzhou.i-bp1abc\""))
			.file("version.json", version("v1.30.1-aliyun.1"))
			.build();
		List<ComponentView> components = analyzer.analyze(facts, EN);
		assertThat(component(components, "etcd").health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(component(components, "etcd").reason()).contains("managed by Alibaba Cloud ACK");
		assertThat(component(components, "kube-scheduler").health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(component(components, "kube-apiserver").health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(component(components, "kube-apiserver").reason())
			.startsWith("managed by Alibaba Cloud ACK: not observable")
			.contains("this is a dump")
			.doesNotContain("answers");
	}

	@Test
	void externalEtcdIsNamedNotGuessed() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "control-plane", "", "a", "True"))
			.file("kubeadm.json", kubeadmConfig("lb:6443", true))
			.build();
		ComponentView etcd = component(analyzer.analyze(facts, EN), "etcd");
		assertThat(etcd.health()).isEqualTo(Health.UNKNOWN);
		assertThat(etcd.haLive()).isEqualTo("external etcd, 2 endpoints");
		assertThat(etcd.reason()).contains("https://etcd-0.example.com:2379");
	}

	@Test
	void forbiddenPodsSayWhyEveryComponentIsUnknown() {
		ClusterFacts facts = TestFacts.yaml(kubeadm(3, 3, AT))
			.unavailable(FactKind.PODS, Availability.forbidden("list", "pods", "forbidden: list pods"))
			.build();
		assertThat(analyzer.analyze(facts, EN)).allSatisfy((c) -> {
			assertThat(c.health()).isEqualTo(Health.UNKNOWN);
			assertThat(c.reason()).contains("forbidden: list pods");
		});
	}

	@Test
	void reasonsComeInChinese() {
		ComponentView etcd = component(
				analyzer.analyze(TestFacts.yaml(kubeadm(3, 1, AT)).build(), Texts.of(Locale.SIMPLIFIED_CHINESE)), "etcd");
		assertThat(etcd.reason()).startsWith("失去法定人数");
		assertThat(etcd.function()).isEqualTo("分布式KV存储");
	}

	/** Three control-plane nodes with kubeadm static pods, {@code etcdReady} etcd members ready. */
	static String[] kubeadm(int members, int etcdReady, String schedulerRenewed) {
		List<String> docs = new ArrayList<>();
		for (int i = 1; i <= members; i++) {
			String cp = "cp-" + i;
			docs.add(node(cp, "control-plane", "", "zone-" + i, "True"));
			docs.add(systemPod("kube-apiserver-" + cp, "kube-apiserver", cp, true));
			docs.add(systemPod("etcd-" + cp, "etcd", cp, i <= etcdReady).replace("--leader-elect=true",
					"--initial-cluster=" + initialCluster(members)));
			docs.add(systemPod("kube-scheduler-" + cp, "kube-scheduler", cp, true));
			docs.add(systemPod("kube-controller-manager-" + cp, "kube-controller-manager", cp, true));
		}
		docs.add(lease("kube-scheduler", "cp-2", schedulerRenewed, 4));
		docs.add(lease("kube-controller-manager", "cp-1", AT, 7));
		return docs.toArray(String[]::new);
	}

	/** As kubeadm writes it on the last member to join: every member so far. */
	static String initialCluster(int members) {
		List<String> entries = new ArrayList<>();
		for (int i = 1; i <= members; i++) {
			entries.add("cp-" + i + "=https://10.0.0." + i + ":2380");
		}
		return String.join(",", entries);
	}

	public static ComponentView component(List<ComponentView> components, String id) {
		return components.stream().filter((c) -> c.id().equals(id)).findFirst().orElseThrow();
	}

}
