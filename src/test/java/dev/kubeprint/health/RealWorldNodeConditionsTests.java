package dev.kubeprint.health;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.health.NodeHealth.ConditionVerdict;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.NodesAnalyzer;
import dev.kubeprint.nodes.NodesView;
import dev.kubeprint.nodes.NodesView.ConditionRow;
import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/** Node conditions and runtimes of ../shared/realworld, judged only where the reference knows the type. */
class RealWorldNodeConditionsTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final NodesAnalyzer nodes = new NodesAnalyzer(
			new NodeGroupingProperties(List.of("agentpool"), List.of("topology.kubernetes.io/zone")), Set.of());

	private NodesView analyze(String dump) {
		return nodes.analyze(RealWorld.facts(dump), EN);
	}

	@Test
	void rke2EtcdIsVoterTrueIsNotAProblem() {
		NodeRow node = analyze("rke2-1.33-cilium").rows().get(0);
		assertThat(node.health()).isEqualTo(Health.HEALTHY);
		ConditionRow voter = condition(node, "EtcdIsVoter");
		assertThat(voter.status()).isEqualTo("True");
		assertThat(voter.reason()).isEqualTo("MemberNotLearner");
		assertThat(voter.bad()).isFalse();
		assertThat(voter.verdict()).isEqualTo(ConditionVerdict.FINE);
		assertThat(voter.verdictText()).startsWith("fine: ");
	}

	@Test
	void rke2NetworkUnavailableFalseCiliumIsUpIsNotAProblem() {
		NodeFact node = RealWorld.facts("rke2-1.33-cilium").nodes().get(0);
		ConditionFact network = node.conditions()
			.stream()
			.filter((c) -> c.type().equals("NetworkUnavailable"))
			.findFirst()
			.orElseThrow();
		assertThat(network.reason()).isEqualTo("CiliumIsUp");
		assertThat(NodeHealth.judge(network)).isEqualTo(ConditionVerdict.FINE);
		assertThat(NodeHealth.problems(node)).isEmpty();
		assertThat(analyze("rke2-1.33-cilium").summary().pressured()).isZero();
	}

	@Test
	void aksDockerAt116IsNoProblem() {
		NodeRow node = analyze("aks-1.16-kubenet").rows().get(0);
		assertThat(node.health()).isEqualTo(Health.HEALTHY);
		assertThat(node.runtimeWarning()).isEmpty();
		assertThat(node.runtimeNote()).contains("dockershim").contains("v1.16.7");
	}

	@Test
	void eks122Docker201013At122IsFineAndTheUnreachableNodeIsDownForReady() {
		NodesView v = analyze("eks-1.22-node-unreachable");
		assertThat(v.rows()).allSatisfy((r) -> assertThat(r.runtimeWarning()).isEmpty());
		assertThat(v.summary().dockerNodes()).isZero();
		assertThat(v.rows().get(0).health()).isEqualTo(Health.DOWN);
		assertThat(v.rows().get(0).conditions())
			.filteredOn((c) -> !c.type().equals("Ready"))
			.allSatisfy((c) -> assertThat(c.verdict()).isNotEqualTo(ConditionVerdict.PROBLEM));
	}

	@Test
	void kubeadm121Docker19312IsFine() {
		NodesView v = analyze("kubeadm-1.21-calico");
		assertThat(v.rows()).hasSize(3).allSatisfy((r) -> {
			assertThat(r.health()).isEqualTo(Health.HEALTHY);
			assertThat(r.runtimeWarning()).isEmpty();
			assertThat(r.runtimeNote()).contains("dockershim").contains("v1.21.0");
		});
	}

	@Test
	void anUnknownConditionTypeIsShownNotJudged() {
		ConditionFact custom = new ConditionFact("GPUHealthy", "True", "AllGood", "4 GPUs", null);
		ConditionFact customBad = new ConditionFact("SomethingBroken", "True", "Oops", "m", null);
		assertThat(NodeHealth.judge(custom)).isEqualTo(ConditionVerdict.NOT_JUDGED);
		assertThat(NodeHealth.judge(customBad)).isEqualTo(ConditionVerdict.NOT_JUDGED);
		assertThat(NodeHealth.judge(new ConditionFact("KernelDeadlock", "True", "r", "m", null)))
			.isEqualTo(ConditionVerdict.PROBLEM);
		assertThat(NodeHealth.judge(new ConditionFact("MemoryPressure", "Unknown", "r", "m", null)))
			.isEqualTo(ConditionVerdict.NOT_JUDGED);
	}

	@Test
	void noNodesListedMeansNoConditionRowsAndTheSummarySaysWhy() {
		NodesView v = nodes.analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"), EN);
		assertThat(v.rows()).isEmpty();
		assertThat(v.summary().availability()).isNotEmpty();
	}

	@Test
	void nodesOnlyShowsTheRealNodesConditionsWithVerdicts() {
		NodesView v = nodes.analyze(RealWorld.nodesOnly(), EN);
		assertThat(v.rows()).hasSize(3);
		assertThat(v.rows()).flatExtracting(NodeRow::conditions)
			.allSatisfy((c) -> assertThat(c.verdictText()).isNotEmpty());
	}

	private static ConditionRow condition(NodeRow node, String type) {
		return node.conditions().stream().filter((c) -> c.type().equals(type)).findFirst().orElseThrow();
	}

}
