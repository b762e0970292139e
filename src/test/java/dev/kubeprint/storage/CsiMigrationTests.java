package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.storage.StorageView.LinkView;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.storage.StorageYaml.DRIVER;
import static dev.kubeprint.storage.StorageYaml.csiNode;
import static dev.kubeprint.storage.StorageYaml.csiNodeMigrated;
import static dev.kubeprint.storage.StorageYaml.inTreePv;
import static dev.kubeprint.storage.StorageYaml.node;
import static dev.kubeprint.storage.StorageYaml.pvc;
import static org.assertj.core.api.Assertions.assertThat;

/** An in-tree volume is called migrated to CSI only where a CSINode says so (issue 10). */
class CsiMigrationTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final String MIGRATED = "kubernetes.io/aws-ebs,kubernetes.io/azure-disk,kubernetes.io/gce-pd";

	private static String words(TestFacts facts) {
		ClusterFacts built = facts.build();
		StorageView view = new StorageAnalyzer(StorageBackends.load()).analyze(built, EN);
		LinkView pv = StorageAnalyzerTests.link(StorageAnalyzerTests.chain(view, "legacy/data"), "pv");
		return pv.details().stream().filter((d) -> d.startsWith("in-tree")).findFirst().orElseThrow();
	}

	private static List<String> legacy(String... more) {
		List<String> docs = new ArrayList<>(List.of(node("n1", "z1"), node("n2", "z2"),
				pvc("legacy", "data", "", "8Gi", "Bound", "pv-legacy", "8Gi"), inTreePv("pv-legacy", "legacy/data")));
		docs.addAll(List.of(more));
		return docs;
	}

	@Test
	void migratedWhereTheCsiNodeAnnotationListsThePlugin() {
		assertThat(words(TestFacts.yaml(legacy(csiNodeMigrated("n1", MIGRATED, DRIVER), csiNode("n2", DRIVER))
			.toArray(String[]::new)))).isEqualTo("in-tree awsElasticBlockStore, migrated to CSI (ebs.csi.aws.com) on 1 of 2"
					+ " CSINodes: storage.alpha.kubernetes.io/migrated-plugins lists kubernetes.io/aws-ebs on n1");
	}

	@Test
	void servedInTreeWhenNoCsiNodeListsThePlugin() {
		assertThat(words(TestFacts.yaml(legacy(csiNodeMigrated("n1", "kubernetes.io/gce-pd", DRIVER))
			.toArray(String[]::new)))).isEqualTo("in-tree awsElasticBlockStore, served in-tree: none of the 1 CSINodes"
					+ " lists kubernetes.io/aws-ebs in storage.alpha.kubernetes.io/migrated-plugins");
	}

	@Test
	void cannotTellWhenCsiNodesWereNotCollected() {
		assertThat(words(TestFacts.yaml(legacy().toArray(String[]::new))
			.unavailable(FactKind.CSI_NODES, Availability.notCollected("not in this snapshot"))))
			.isEqualTo("in-tree awsElasticBlockStore; cannot tell whether in-tree volumes are served by CSI"
					+ " (ebs.csi.aws.com): CSINodes were not collected");
	}

	@Test
	void theCsiNodeProjectionKeepsTheMigratedPlugins() {
		ClusterFacts facts = TestFacts.yaml(csiNodeMigrated("n1", MIGRATED, DRIVER)).build();
		assertThat(facts.items(FactKind.CSI_NODES)).singleElement().satisfies((n) -> {
			assertThat(n.migratedPlugins()).containsExactly("kubernetes.io/aws-ebs", "kubernetes.io/azure-disk",
					"kubernetes.io/gce-pd");
			assertThat(n.drivers()).hasSize(1);
		});
	}

}
