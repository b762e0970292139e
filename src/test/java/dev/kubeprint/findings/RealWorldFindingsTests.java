package dev.kubeprint.findings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.PageSliceTest;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check family there is, over the real dumps: no critical or warning finding that the dump's
 * EXPECTATIONS (../shared/realworld/README.md) do not support, and no "ok" about what a dump did not collect.
 * The families come from the application context, so families added later are held to the same rule.
 */
@PageSliceTest
class RealWorldFindingsTests {

	/**
	 * Per dump, the critical and warning findings its expectations support, as "check subject"; each entry
	 * names the expectation line it rests on. Anything else alarming fails the test.
	 */
	static final Map<String, Set<String>> SUPPORTED = Map.of(
			// no alarm is supported: a Ready node, managed control plane, kubenet
			"aks-1.16-kubenet", Set.of(),
			"rke2-1.33-cilium", Set.of(),
			"kind-1.21-sonobuoy", Set.of(),
			"eks-1.22-node-unreachable", Set.of(
					// "The aws-node and kube-proxy DaemonSets have desired 3, ready 2."
					"network.cni-agent DaemonSet kube-system/aws-node",
					"checklist.kube-proxy ip-172-31-13-4.us-east-2.compute.internal",
					// "Node ip-172-31-13-4…: Ready=Unknown (NodeStatusUnknown; last heartbeat 2022-08-03T15:11:45Z)"
					// and "The other 2 nodes are Ready": one of three nodes is not ready.
					"checklist.nodes nodes",
					"checklist.node-conditions ip-172-31-13-4.us-east-2.compute.internal",
					"node-not-ready node ip-172-31-13-4.us-east-2.compute.internal"),
			"kubeadm-1.21-calico", Set.of(),
			"eks-1.14-ebs-csi-storage-snippet", Set.of());

	@Autowired
	PanelRenderer renderer;

	@Autowired
	@Qualifier("findings")
	Analysis<List<Finding>> findings;

	@ParameterizedTest
	@ValueSource(strings = { "aks-1.16-kubenet", "rke2-1.33-cilium", "kind-1.21-sonobuoy", "eks-1.22-node-unreachable",
			"kubeadm-1.21-calico", "eks-1.14-ebs-csi-storage-snippet" })
	void noAlarmTheExpectationsDoNotSupport(String dump) {
		List<Finding> all = renderer.view(RealWorld.facts(dump), findings, Locale.ENGLISH);
		List<String> alarms = all.stream()
			.filter((f) -> f.level() == FindingLevel.CRITICAL || f.level() == FindingLevel.WARNING)
			.map((f) -> f.check() + " " + f.subject())
			.toList();
		assertThat(alarms).as("alarms on " + dump).isSubsetOf(SUPPORTED.get(dump));
	}

	@Test
	void nothingIsOkAboutAKindThatWasNotCollected() {
		ClusterFacts facts = RealWorld.nodesOnly();
		List<Finding> all = renderer.view(facts, findings, Locale.ENGLISH);
		List<String> notCollected = FactKind.ALL.stream()
			.filter((k) -> !facts.availability(k).hasData())
			.map((k) -> k.resourceName().split("\\.")[0])
			.toList();
		assertThat(notCollected).contains("pods", "persistentvolumeclaims").doesNotContain("nodes");
		List<Finding> ok = all.stream().filter((f) -> f.level() == FindingLevel.OK).toList();
		assertThat(ok).allSatisfy((f) -> {
			String said = (f.check() + " " + f.subject() + " " + f.summary() + " "
					+ f.evidence().stream().map((e) -> e.fact() + " " + e.source()).reduce("", String::concat))
				.toLowerCase(Locale.ROOT);
			assertThat(notCollected).as("ok finding %s rests on a kind not collected", f)
				.noneMatch((kind) -> Pattern.compile("\\b" + kind + "\\b").matcher(said).find()
						|| Pattern.compile("\\b" + kind.replaceAll("s$", "") + "\\b").matcher(said).find());
			assertThat(f.evidence()).as("an ok finding names its basis").isNotEmpty();
		});
		// What was not collected is said: unknown, never silently left out.
		assertThat(all).anyMatch((f) -> f.level() == FindingLevel.UNKNOWN && f.check().startsWith("storage."));
	}

}
