package dev.kubeprint.architecture;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's headlines and component rows on real dumps (../shared/realworld/README.md). */
class RealWorldArchitectureTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final ArchitectureAnalyzer ANALYZER = new ArchitectureAnalyzer(ReferenceCatalog.load(),
			TestProperties.of(Map.of()));

	private static ArchitectureView overview(String dump) {
		return ANALYZER.analyze(RealWorld.facts(dump), EN);
	}

	private static ComponentView worker(ArchitectureView view, String id) {
		return view.workers().stream().filter((c) -> c.id().equals(id)).findFirst().orElseThrow();
	}

	/** These clusters were healthy when captured: no part of the worker side may raise an alarm. */
	@ParameterizedTest
	@ValueSource(strings = { "aks-1.16-kubenet", "rke2-1.33-cilium", "kind-1.21-sonobuoy", "kubeadm-1.21-calico" })
	void workerSideHeadlineIsNotAmberOnAHealthyCluster(String dump) {
		ArchitectureView view = overview(dump);
		assertThat(view.summary().workers()).isNotIn(Health.DEGRADED, Health.DOWN);
		assertThat(view.workers()).allSatisfy((c) -> assertThat(c.health()).as(c.id() + ": " + c.reason())
			.isNotIn(Health.DEGRADED, Health.DOWN));
	}

	@Test
	void dockerOnKubeletsBeforeDockershimRemovalIsNotAWarning() {
		ComponentView runtime = worker(overview("aks-1.16-kubenet"), "container-runtime");
		assertThat(runtime.health()).isEqualTo(Health.HEALTHY);
		assertThat(runtime.reason()).doesNotContain("dockershim was removed");
	}

	@Test
	void aksKubeProxyRunsFromItsDaemonSet() {
		assertThat(worker(overview("aks-1.16-kubenet"), "kube-proxy").health()).isEqualTo(Health.HEALTHY);
	}

	@Test
	void rke2KubeProxyStaticPodIsFound() {
		ComponentView kubeProxy = worker(overview("rke2-1.33-cilium"), "kube-proxy");
		assertThat(kubeProxy.health()).isEqualTo(Health.HEALTHY);
		assertThat(kubeProxy.reason()).contains("kube-proxy-omen-omen-25l-desktop-gt12-0xxx");
	}

	@Test
	void aManagedControlPlaneHeadlineIsNotHealthyFromADump() {
		assertThat(overview("aks-1.16-kubenet").summary().controlPlane()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(overview("eks-1.22-node-unreachable").summary().controlPlane()).isEqualTo(Health.NOT_APPLICABLE);
	}

	@Test
	void eks122UnreachableNodeStillShowsOnTheWorkerSide() {
		assertThat(overview("eks-1.22-node-unreachable").summary().workers()).isEqualTo(Health.DEGRADED);
	}

	@Test
	void nodesOnlyOverviewControlPlaneRowsSayNotCollected() {
		ArchitectureView view = ANALYZER.analyze(RealWorld.nodesOnly(), EN);
		assertThat(view.controlPlane()).allSatisfy((c) -> {
			assertThat(c.health()).isEqualTo(Health.UNKNOWN);
			assertThat(c.reason()).contains("not in this snapshot");
		});
		assertThat(view.summary().controlPlane()).isEqualTo(Health.UNKNOWN);
		assertThat(view.summary().workers()).as("kube-proxy and CNI cannot be seen").isEqualTo(Health.UNKNOWN);
		assertThat(worker(view, "kube-proxy").reason()).isEqualTo("cannot tell: DaemonSet: not in this snapshot; "
				+ "Pod: not in this snapshot");
	}

}
