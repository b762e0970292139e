package dev.kubeprint.etcd;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/** The etcd page's "what the API shows" on real dumps (../shared/realworld/README.md). */
class RealWorldEtcdTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final ReferenceCatalog REFERENCE = ReferenceCatalog.load();

	private static final EtcdPageAnalyzer ANALYZER = new EtcdPageAnalyzer();

	private static final ControlPlaneAnalyzer COMPONENTS = new ControlPlaneAnalyzer(REFERENCE);

	private static EtcdPageView page(ClusterFacts facts) {
		return ANALYZER.analyze(facts, EN, COMPONENTS.analyze(facts, EN));
	}

	@Test
	void kindEtcdIsStackedWithOneMemberFromInitialCluster() {
		EtcdPageView view = page(RealWorld.facts("kind-1.21-sonobuoy"));
		assertThat(view.direct()).isNull();
		assertThat(view.asSeenByTheApi().haLive()).startsWith("1 members stacked")
			.contains("--initial-cluster on etcd-kind-control-plane");
		assertThat(view.asSeenByTheApi().evidence()).isEqualTo("kube-system pods and etcd --initial-cluster");
	}

	@Test
	void kindEtcdIs3413FromItsImage() {
		EtcdPageView view = page(RealWorld.facts("kind-1.21-sonobuoy"));
		assertThat(view.asSeenByTheApi().instances()).extracting(ComponentView.InstanceView::image)
			.singleElement()
			.asString()
			.endsWith("etcd:3.4.13-0");
	}

	@Test
	void rke2EtcdMemberCountIsNotProven() {
		EtcdPageView view = page(RealWorld.facts("rke2-1.33-cilium"));
		assertThat(view.asSeenByTheApi().haLive()).contains("member count not proven").contains("EtcdIsVoter=True");
		assertThat(view.asSeenByTheApi().reason()).contains("quorum cannot be judged");
	}

	@Test
	void aksEtcdIsManagedAndNotInData() {
		EtcdPageView view = page(RealWorld.facts("aks-1.16-kubenet"));
		assertThat(view.asSeenByTheApi().health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(view.asSeenByTheApi().instances()).isEmpty();
	}

	@Test
	void nodesOnlyEtcdPageSaysPodsWereNotCollected() {
		EtcdPageView view = page(RealWorld.nodesOnly());
		assertThat(view.direct()).isNull();
		assertThat(view.absent()).contains("no etcdctl capture");
		assertThat(view.asSeenByTheApi().health()).isEqualTo(Health.UNKNOWN);
		assertThat(view.asSeenByTheApi().reason()).contains("not in this snapshot").doesNotContain("quorum holds");
	}

}
