package dev.kubeprint.versions;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.versions.VersionsView.Status;
import dev.kubeprint.versions.VersionsView.Timing;

import static org.assertj.core.api.Assertions.assertThat;

/** The versions panels on dumps that lack nodes or everything but nodes: unknown with why, never "within policy". */
class NotCollectedVersionsTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final VersionsAnalyzer analyzer = new VersionsAnalyzer(ReferenceCatalog.load());

	@Test
	void aDumpWithoutNodesNeverSaysEveryKubeletIsWithinThePolicy() {
		VersionsView v = analyzer.analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"), EN);
		assertThat(v.skew().nodesUnknown()).isEqualTo("unknown: nodes were not collected (not in this snapshot)");
		assertThat(v.skew().offendersKnown()).isFalse();
		assertThat(v.skew().kubeletVersions()).isEmpty();
		assertThat(v.changes()).allSatisfy((c) -> assertThat(c.timing()).isEqualTo(Timing.UNKNOWN));
		VersionsView.ChangeRow docker = v.changes().get(0);
		assertThat(docker.status()).isEqualTo(Status.UNKNOWN);
		assertThat(docker.finding()).isEqualTo("unknown: nodes were not collected (not in this snapshot)");
	}

	@Test
	void aDumpOfOnlyNodesListsTheirVersionsButJudgesNoSkewWithoutAServerVersion() {
		ClusterFacts facts = RealWorld.nodesOnly();
		VersionsView v = analyzer.analyze(facts, EN);
		assertThat(v.skew().nodesUnknown()).isEmpty();
		assertThat(v.skew().kubeletVersions()).isNotEmpty()
			.allSatisfy((k) -> assertThat(k.status()).isEqualTo(Status.UNKNOWN));
		assertThat(v.skew().unavailable()).startsWith("cannot tell: the server version is unknown");
		assertThat(v.skew().offendersKnown()).isFalse();
		assertThat(v.changesPanel().versionBasis()).startsWith("unknown: /version was not collected");
		assertThat(v.changes()).allSatisfy((c) -> assertThat(c.timingText())
			.isEqualTo("cannot tell: the server version is unknown"));
	}

	@Test
	void zeroNodesListedIsUnknownToo() {
		VersionsView v = analyzer.analyze(dev.kubeprint.testing.KubeJson.facts(dev.kubeprint.testing.KubeJson.version("v1.30.6"))
			.build(), EN);
		assertThat(v.skew().offendersKnown()).isFalse();
		assertThat(v.skew().nodesUnknown()).startsWith("unknown:");
	}

}
