package dev.kubeprint.distribution;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.EvidenceRule;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pod rules read pods grouped once per analysis; what they say must be what one pass over every pod said: the
 * first pod in the list that shows it, and how many more do.
 */
class EvidenceFinderTests {

	static final Texts EN = Texts.of(Locale.ENGLISH);

	@Test
	void anImageSeenOnlyOnPodsNamesTheFirstPodInTheListWhateverItsTag() {
		// Pods keep their image in kube-system only (PodFact).
		ClusterFacts facts = TestFacts.yaml(pod("kube-system", "a", "registry.example/agent:1", null),
				pod("kube-system", "b", "other.example/app:1", null),
				pod("kube-system", "c", "registry.example/agent:2", null),
				pod("kube-system", "d", "registry.example/agent:1", null))
			.build();
		assertThat(new EvidenceFinder(facts, EN).find(image("registry.example/agent")))
			.contains("image registry.example/agent:1 in Pod kube-system/a, and 2 more like it");
		assertThat(new EvidenceFinder(facts, EN).find(image("registry.example/agent:2")))
			.contains("image registry.example/agent:2 in Pod kube-system/c");
		assertThat(new EvidenceFinder(facts, EN).find(image("nowhere.example/"))).isEmpty();
	}

	@Test
	void aPodRuleCountsOnlyItsNamespace() {
		ClusterFacts facts = TestFacts.yaml(pod("default", "omsagent-x", "app:1", null),
				pod("kube-system", "omsagent-1", "app:1", null), pod("kube-system", "coredns-1", "app:1", null),
				pod("kube-system", "omsagent-2", "app:1", null))
			.build();
		assertThat(new EvidenceFinder(facts, EN).find(pod("kube-system/omsagent-")))
			.contains("pod kube-system/omsagent-1, and 1 more like it");
		assertThat(new EvidenceFinder(facts, EN).find(pod("monitoring/omsagent-"))).isEmpty();
	}

	@Test
	void aStaticPodRuleReadsOnlyPodsTheirNodeOwns() {
		ClusterFacts facts = TestFacts.yaml(pod("kube-system", "kube-apiserver-cp-1", "app:1", "cp-1"),
				pod("kube-system", "kube-apiserver-cp-2", "app:1", null),
				pod("kube-system", "kube-apiserver-cp-3", "app:1", "cp-3"))
			.build();
		assertThat(new EvidenceFinder(facts, EN).find(staticPod("kube-apiserver-")))
			.hasValueSatisfying((s) -> assertThat(s).contains("kube-system/kube-apiserver-cp-1").contains("1 more"));
	}

	private static EvidenceRule image(String prefix) {
		return new EvidenceRule(null, null, null, null, null, null, null, prefix, null, null, null, null, null, null,
				EvidenceRule.Strength.STRONG, null);
	}

	private static EvidenceRule pod(String namespaceAndPrefix) {
		return new EvidenceRule(null, null, null, null, null, null, null, null, namespaceAndPrefix, null, null, null,
				null, null, EvidenceRule.Strength.STRONG, null);
	}

	private static EvidenceRule staticPod(String prefix) {
		return new EvidenceRule(null, null, null, null, null, null, null, null, null, prefix, null, null, null, null,
				EvidenceRule.Strength.STRONG, null);
	}

	/** A pod on node {@code ownerNode} that the node owns (a static pod) when it is named; else on node n-1. */
	private static String pod(String namespace, String name, String image, String ownerNode) {
		String owner = ownerNode == null ? ""
				: "\n  ownerReferences: [{apiVersion: v1, kind: Node, name: %s, uid: u-%s}]".formatted(ownerNode,
						ownerNode);
		return """
				apiVersion: v1
				kind: Pod
				metadata:
				  name: %s
				  namespace: %s%s
				spec:
				  nodeName: %s
				  containers: [{name: c, image: "%s"}]
				status: {phase: Running}
				""".formatted(name, namespace, owner, ownerNode == null ? "n-1" : ownerNode, image);
	}

}
