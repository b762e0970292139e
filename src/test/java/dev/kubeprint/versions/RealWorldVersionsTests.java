package dev.kubeprint.versions;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.versions.VersionsView.AddOnRow;
import dev.kubeprint.versions.VersionsView.AgentCount;
import dev.kubeprint.versions.VersionsView.ChangeRow;
import dev.kubeprint.versions.VersionsView.Status;
import dev.kubeprint.versions.VersionsView.Timing;
import dev.kubeprint.versions.VersionsView.VersionCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The EXPECTATIONS of ../shared/realworld about versions, read from the versions page's view (its JSON twin). */
class RealWorldVersionsTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final VersionsAnalyzer analyzer = new VersionsAnalyzer(ReferenceCatalog.load());

	private VersionsView analyze(String dump) {
		return analyzer.analyze(RealWorld.facts(dump), EN);
	}

	@Test
	void aksKubeletAndKubeProxyAreV1167FromHyperkubeAndDockerAt116IsNoProblem() {
		VersionsView v = analyze("aks-1.16-kubenet");
		assertThat(v.skew().kubeletVersions()).extracting(VersionCount::version, VersionCount::nodes)
			.containsExactly(tuple("v1.16.7", 1));
		assertThat(v.skew().nodeAgents()).extracting(AgentCount::component, AgentCount::shown)
			.contains(tuple("kube-proxy", "v1.16.7"), tuple("container runtime", "docker://3.0.10+azure"));
		AddOnRow proxy = addOn(v, "kube-proxy");
		assertThat(proxy.image()).endsWith("hyperkube:v1.16.7-hotfix.20200408");
		assertThat(proxy.status()).isEqualTo(Status.OK);
		ChangeRow docker = change(v, "dockershim-runtime");
		assertThat(docker.status()).isEqualTo(Status.INFO);
		assertThat(docker.finding()).contains("dockershim").contains("fine on that version");
		assertThat(v.skew().offenders()).isEmpty();
	}

	@Test
	void aksHasNoVersionSourceSoTheChangeRowsCannotTell() {
		VersionsView v = analyze("aks-1.16-kubenet");
		assertThat(v.serverVersion()).isEmpty();
		assertThat(v.versionBasis()).isEqualTo(
				"unknown: /version was not collected, and no kube-apiserver pod shows its image");
		assertThat(v.changes()).allSatisfy((c) -> {
			assertThat(c.timing()).isEqualTo(Timing.UNKNOWN);
			assertThat(c.timingText()).isEqualTo("cannot tell: the server version is unknown");
			assertThat(c.applies()).isFalse();
		});
		assertThat(change(v, "psp-removed").finding()).isEqualTo("cannot tell: the server version is unknown");
		assertThat(v.skew().offendersKnown()).isFalse();
		assertThat(addOn(v, "CoreDNS").status()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void rke2KubeletIsV1335Rke2r1OnContainerd214AndAnEmptyKubeProxyVersionIsUnknown() {
		VersionsView v = analyze("rke2-1.33-cilium");
		assertThat(v.skew().kubeletVersions()).extracting(VersionCount::version).containsExactly("v1.33.5+rke2r1");
		assertThat(v.skew().nodeAgents()).extracting(AgentCount::component, AgentCount::version, AgentCount::status)
			.contains(tuple("kube-proxy", "", Status.UNKNOWN), tuple("container runtime", "containerd://2.1.4-k3s2",
					Status.INFO));
		assertThat(v.skew().nodeAgents()).filteredOn((a) -> a.component().equals("kube-proxy"))
			.singleElement()
			.satisfies((a) -> assertThat(a.shown()).startsWith("unknown: nodeInfo.kubeProxyVersion is empty"));
		assertThat(v.serverVersion()).startsWith("v1.33.5");
		assertThat(v.versionBasis()).contains("from the kube-apiserver image on").contains("/version was not collected");
		assertThat(v.skew().offenders()).isEmpty();
		assertThat(addOn(v, "kube-proxy").status()).isEqualTo(Status.OK);
	}

	@Test
	void kindServerVersionIsV1211FromServerversionJsonWithCoreDnsV180TheReleasesDefault() {
		VersionsView v = analyze("kind-1.21-sonobuoy");
		assertThat(v.serverVersion()).isEqualTo("v1.21.1");
		assertThat(v.versionBasis()).isEqualTo("v1.21.1 from /version");
		assertThat(v.skew().nodeAgents()).extracting(AgentCount::shown).contains("containerd://1.5.2", "v1.21.1");
		AddOnRow coreDns = addOn(v, "CoreDNS");
		assertThat(coreDns.version()).isEqualTo("v1.8.0");
		assertThat(coreDns.status()).isEqualTo(Status.OK);
		assertThat(coreDns.verdict()).isEqualTo("this release's default: kubeadm 1.21 ships CoreDNS 1.8.0");
		assertThat(change(v, "dockershim-runtime").timingText())
			.isEqualTo("not yet: comes with 1.24; this cluster is on v1.21.1");
		assertThat(v.skew().offenders()).isEmpty();
	}

	@Test
	void eks122KubeletV1229AndKubeProxyImageV1226EksbuildIsTheSameMinorAndDockerIsFine() {
		VersionsView v = analyze("eks-1.22-node-unreachable");
		assertThat(v.skew().kubeletVersions()).extracting(VersionCount::version, VersionCount::nodes)
			.containsExactly(tuple("v1.22.9-eks-810597c", 3));
		AddOnRow proxy = addOn(v, "kube-proxy");
		assertThat(proxy.version()).isEqualTo("v1.22.6-eksbuild.1");
		assertThat(proxy.status()).isEqualTo(Status.OK);
		assertThat(proxy.verdict()).contains("same minor");
		ChangeRow docker = change(v, "dockershim-runtime");
		assertThat(docker.status()).isIn(Status.INFO);
		assertThat(docker.finding()).contains("3 nodes").contains("dockershim");
		assertThat(v.skew().offenders()).isEmpty();
	}

	@Test
	void kubeadm121IsV1210FromTheApiServerImageAndDocker19IsFine() {
		VersionsView v = analyze("kubeadm-1.21-calico");
		assertThat(v.serverVersion()).isEqualTo("v1.21.0");
		assertThat(v.versionBasis())
			.isEqualTo("v1.21.0 from the kube-apiserver image on k8s-controller1; /version was not collected");
		assertThat(v.changesPanel().versionBasis()).isEqualTo(v.versionBasis());
		assertThat(change(v, "dockershim-runtime").status()).isEqualTo(Status.INFO);
		assertThat(change(v, "dockershim-runtime").timing()).isEqualTo(Timing.NOT_YET);
		assertThat(change(v, "psp-removed").timingText()).isEqualTo("not yet: comes with 1.25; this cluster is on v1.21.0");
		assertThat(v.skew().kubeletVersions()).extracting(VersionCount::version, VersionCount::status)
			.containsExactly(tuple("v1.21.0", Status.OK));
		assertThat(addOn(v, "CoreDNS").verdict()).contains("default");
		assertThat(v.skew().offenders()).isEmpty();
	}

	@Test
	void eks114VersionIsInNoObjectSoNoVersionIsClaimed() {
		VersionsView v = analyze("eks-1.14-ebs-csi-storage-snippet");
		assertThat(v.serverVersion()).isEmpty();
		assertThat(v.versionBasis()).isEqualTo(
				"unknown: /version was not collected, and no kube-apiserver pod shows its image");
		assertThat(v.skew().kubeletVersions()).isEmpty();
		assertThat(v.skew().nodeAgents()).isEmpty();
		assertThat(v.skew().nodesUnknown()).isEqualTo("unknown: nodes were not collected (not in this snapshot)");
		assertThat(v.changes()).allSatisfy((c) -> assertThat(c.timing()).isEqualTo(Timing.UNKNOWN));
		assertThat(v.toString()).doesNotContain("1.14");
	}

	@Test
	void noDumpInventsSkewOffenders() {
		for (String dump : new String[] { "aks-1.16-kubenet", "rke2-1.33-cilium", "kind-1.21-sonobuoy",
				"eks-1.22-node-unreachable", "kubeadm-1.21-calico", "eks-1.14-ebs-csi-storage-snippet" }) {
			VersionsView v = analyze(dump);
			assertThat(v.skew().offenders()).as(dump).isEmpty();
			assertThat(v.skew().components()).as(dump).noneMatch((r) -> r.status() == Status.FAIL);
			assertThat(v.skew().addOns()).as(dump).noneMatch((r) -> r.status() == Status.FAIL || r.status() == Status.WARN);
			assertThat(change(v, "dockershim-runtime").status()).as(dump).isNotIn(Status.FAIL, Status.WARN);
		}
	}

	private static ChangeRow change(VersionsView v, String check) {
		return v.changes().stream().filter((c) -> c.check().equals(check)).findFirst().orElseThrow();
	}

	private static AddOnRow addOn(VersionsView v, String name) {
		return v.skew().addOns().stream().filter((a) -> a.name().equals(name)).findFirst().orElseThrow();
	}

}
