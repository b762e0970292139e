package dev.kubeprint.versions;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.versions.VersionsView.ChangeRow;
import dev.kubeprint.versions.VersionsView.SkewRow;
import dev.kubeprint.versions.VersionsView.Status;

import static dev.kubeprint.testing.KubeJson.configMap;
import static dev.kubeprint.testing.KubeJson.facts;
import static dev.kubeprint.testing.KubeJson.namespace;
import static dev.kubeprint.testing.KubeJson.node;
import static dev.kubeprint.testing.KubeJson.staticPod;
import static dev.kubeprint.testing.KubeJson.version;
import static org.assertj.core.api.Assertions.assertThat;

class VersionsAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final VersionsAnalyzer analyzer = new VersionsAnalyzer(ReferenceCatalog.load());

	@Test
	void aKubeletNewerThanTheApiServerIsOutsideThePolicy() {
		VersionsView v = analyze(version("v1.29.4"), node("ahead").kubelet("v1.30.1"), node("same").kubelet("v1.29.4"));
		assertThat(v.skew().offenders()).extracting(SkewRow::where, SkewRow::component)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ahead", "kubelet"),
					org.assertj.core.groups.Tuple.tuple("ahead", "kube-proxy"));
		assertThat(v.skew().offenders().get(0).verdict()).isEqualTo("newer than the API server: outside the policy");
	}

	@Test
	void fromApiServer128KubeletsMayBeThreeMinorsOlder() {
		VersionsView v = analyze(version("v1.30.6"), node("three").kubelet("v1.27.16"), node("four").kubelet("v1.26.15"));
		assertThat(v.skew().allowedOlderMinors()).isEqualTo(3);
		assertThat(v.skew().offenders()).extracting(SkewRow::where).containsOnly("four");
		assertThat(v.skew().offenders()).filteredOn((r) -> r.component().equals("kubelet")).singleElement()
			.satisfies((r) -> {
				assertThat(r.minorsBehind()).isEqualTo(4);
				assertThat(r.verdict()).isEqualTo("4 minors older: outside the policy (at most 3)");
			});
		assertThat(v.skew().kubeletVersions()).extracting(VersionsView.VersionCount::version, VersionsView.VersionCount::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("v1.26.15", Status.FAIL),
					org.assertj.core.groups.Tuple.tuple("v1.27.16", Status.INFO));
	}

	@Test
	void beforeApiServer128KubeletsMayBeOnlyTwoMinorsOlder() {
		VersionsView v = analyze(version("v1.27.9"), node("two").kubelet("v1.25.16"), node("three").kubelet("v1.24.17"));
		assertThat(v.skew().allowedOlderMinors()).isEqualTo(2);
		assertThat(v.skew().offenders()).extracting(SkewRow::where).containsOnly("three");
	}

	@Test
	void controllerManagerAndSchedulerAtMostOneMinorOlderAndNeverNewer() {
		VersionsView v = analyze(version("v1.30.6"), staticPod("kube-controller-manager", "cp-1", "v1.29.10"),
				staticPod("kube-controller-manager", "cp-2", "v1.28.15"), staticPod("kube-scheduler", "cp-1", "v1.31.0"),
				staticPod("kube-scheduler", "cp-2", "v1.30.6"));
		assertThat(v.skew().components()).extracting(SkewRow::component, SkewRow::where, SkewRow::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kube-controller-manager", "cp-1", Status.INFO),
					org.assertj.core.groups.Tuple.tuple("kube-controller-manager", "cp-2", Status.FAIL),
					org.assertj.core.groups.Tuple.tuple("kube-scheduler", "cp-1", Status.FAIL),
					org.assertj.core.groups.Tuple.tuple("kube-scheduler", "cp-2", Status.OK));
		assertThat(v.skew().components().get(1).verdict()).isEqualTo("2 minors older: outside the policy (at most 1)");
	}

	// This test used to expect FAIL for a Ready docker node with a 1.30 kubelet: that node proves cri-dockerd.
	@Test
	void dockerIsJudgedByEachKubeletNotByTheServer() {
		VersionsView v = analyze(version("v1.30.6"), node("d1").runtime("docker://20.10.24"), node("c1"));
		ChangeRow row = change(v, "dockershim-runtime");
		assertThat(row.applies()).isTrue();
		assertThat(row.timing()).isEqualTo(VersionsView.Timing.PASSED);
		assertThat(row.status()).isEqualTo(Status.OK);
		assertThat(row.finding()).contains("cri-dockerd").contains("d1");
		ChangeRow down = change(analyze(version("v1.30.6"), node("d2").runtime("docker://20.10.24").ready("False")),
				"dockershim-runtime");
		assertThat(down.status()).isEqualTo(Status.WARN);
		assertThat(down.finding()).contains("check cri-dockerd").contains("d2");
		ChangeRow old = change(analyze(version("v1.23.17"), node("d3").runtime("docker://20.10.24").kubelet("v1.23.17")),
				"dockershim-runtime");
		assertThat(old.status()).isEqualTo(Status.INFO);
		assertThat(old.timing()).isEqualTo(VersionsView.Timing.NOT_YET);
		assertThat(old.timingText()).isEqualTo("not yet: comes with 1.24; this cluster is on v1.23.17");
		assertThat(change(analyze(version("v1.30.6"), node("c1")), "dockershim-runtime").status()).isEqualTo(Status.OK);
	}

	@Test
	void podSecurityAdmissionLabelsAfterPspIsGone() {
		VersionsView v = analyze(version("v1.30.6"), namespace("shop", Map.of("pod-security.kubernetes.io/enforce", "baseline")),
				namespace("batch", Map.of()), namespace("kube-system", Map.of()));
		ChangeRow row = change(v, "psp-removed");
		assertThat(row.status()).isEqualTo(Status.WARN);
		assertThat(row.finding()).startsWith("1 of 2 non-system namespaces").contains("batch").contains("baseline=1");
		assertThat(change(analyze(version("v1.30.6"), namespace("shop", Map.of("pod-security.kubernetes.io/enforce", "restricted"))),
				"psp-removed").status()).isEqualTo(Status.OK);
	}

	@Test
	void nftablesIsAlphaFrom129AndNotThereBefore() {
		assertThat(change(analyze(version("v1.28.9"), proxy("iptables")), "kube-proxy-nftables").status())
			.isEqualTo(Status.NOT_APPLICABLE);
		assertThat(change(analyze(version("v1.28.9"), proxy("nftables")), "kube-proxy-nftables").status())
			.isEqualTo(Status.FAIL);
		ChangeRow alpha = change(analyze(version("v1.29.4"), proxy("nftables")), "kube-proxy-nftables");
		assertThat(alpha.status()).isEqualTo(Status.WARN);
		assertThat(alpha.finding()).contains("alpha");
		assertThat(change(analyze(version("v1.31.2"), proxy("ipvs")), "kube-proxy-nftables").finding())
			.isEqualTo("nftables mode is available (beta from 1.31); kube-proxy runs ipvs");
	}

	@Test
	void appArmorAnnotationsAndSidecarsAreFoundOnPods() {
		String pod = """
				{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1","namespace":"shop","annotations":{"container.apparmor.security.beta.kubernetes.io/web":"runtime/default"}},
				 "spec":{"nodeName":"n1","initContainers":[{"name":"proxy","image":"envoy:1","restartPolicy":"Always"}],"containers":[{"name":"web","image":"web:1"}]},
				 "status":{"phase":"Running"}}""";
		VersionsView v = analyze(version("v1.30.6"), pod);
		assertThat(change(v, "apparmor-fields").status()).isEqualTo(Status.WARN);
		assertThat(change(v, "apparmor-fields").finding()).contains("shop/web-1");
		assertThat(change(v, "apparmor-fields").applies()).as("1.31 is after 1.30").isFalse();
		assertThat(change(v, "sidecar-containers").finding()).contains("1 pods use them");
		assertThat(change(analyze(version("v1.27.9"), pod), "sidecar-containers").status()).isEqualTo(Status.FAIL);
	}

	@Test
	void rowsUpToTheClustersVersionApply() {
		VersionsView v = analyze(version("v1.30.6"));
		assertThat(v.changes()).extracting(ChangeRow::version)
			.containsExactly("1.24", "1.25", "1.26", "1.27", "1.28", "1.29", "1.30", "1.31", "1.32");
		assertThat(v.changes()).filteredOn(ChangeRow::applies).hasSize(7);
	}

	@Test
	void theDemosGpu3IsNamedAndGeneral11IsAllowed() {
		VersionsView v = analyzer.analyze(TestFacts.demo(), EN);
		assertThat(v.serverVersion()).isEqualTo("v1.30.6");
		assertThat(v.skew().offenders()).extracting(SkewRow::where).contains("gpu-3").doesNotContain("general-11");
		assertThat(v.skew().kubeletVersions()).extracting(VersionsView.VersionCount::version).contains("v1.29.10", "v1.26.15");
		assertThat(v.skew().components()).extracting(SkewRow::component).contains("kube-scheduler", "kube-controller-manager");
		assertThat(change(v, "kube-proxy-nftables").finding()).contains("ipvs");
	}

	private VersionsView analyze(Object... objects) {
		return analyzer.analyze(facts(objects).build(), EN);
	}

	private static String proxy(String mode) {
		return configMap("kube-system", "kube-proxy", Map.of("config.conf", "kind: KubeProxyConfiguration\nmode: " + mode + "\n"));
	}

	private static ChangeRow change(VersionsView v, String check) {
		return v.changes().stream().filter((c) -> c.check().equals(check)).findFirst().orElseThrow();
	}

}
