package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.StorageClassFact;

import static org.assertj.core.api.Assertions.assertThat;

/** Each collector's shape, as a small fixture under src/test/resources/snapshots written the way it writes. */
class SnapshotFormatsTests {

	@TempDir
	Path dir;

	@Test
	void clusterInfoDumpStdoutIsSeveralDocumentsWithLogSectionsBetween() {
		SnapshotContent content = read("cluster-info-stdout");
		assertThat(content.problems()).isEmpty();
		assertThat(items(content, FactKind.NODES, NodeFact.class)).extracting(NodeFact::name)
			.containsExactly("ip-10-0-1-5.ec2.internal");
		assertThat(items(content, FactKind.PODS, PodFact.class)).extracting(PodFact::name)
			.containsExactly("aws-node-abcde");
		assertThat(content.present()).as("a DaemonSetList with \"items\": null says there are none")
			.contains(FactKind.NODES, FactKind.PODS, FactKind.DAEMON_SETS)
			.doesNotContain(FactKind.CONFIG_MAPS, FactKind.LEASES, FactKind.PERSISTENT_VOLUMES);
		assertThat(content.capturedAt()).as("the newest timestamp is an event's, not a log line's")
			.hasValue(Instant.parse("2022-08-03T15:21:30Z"));
	}

	@Test
	void sonobuoyResultsAreBareArraysNamedGroupVersionResource() {
		SnapshotContent content = read("sonobuoy");
		assertThat(content.problems()).isEmpty();
		assertThat(content.serverVersion()).hasValueSatisfying((v) -> assertThat(v.gitVersion()).isEqualTo("v1.21.1"));
		assertThat(items(content, FactKind.NODES, NodeFact.class)).as("items without kind: core_v1_nodes.json says")
			.extracting(NodeFact::name)
			.containsExactly("kind-control-plane");
		assertThat(items(content, FactKind.PODS, PodFact.class)).singleElement()
			.satisfies((p) -> assertThat(p.component()).isEqualTo("etcd"));
		assertThat(items(content, FactKind.STORAGE_CLASSES, StorageClassFact.class)).extracting(StorageClassFact::name)
			.containsExactly("standard");
		assertThat(items(content, FactKind.DEPLOYMENTS, DeploymentFact.class)).hasSize(1);
		assertThat(content.present()).as("an empty array in a file named for leases says there are none")
			.contains(FactKind.LEASES)
			.doesNotContain(FactKind.PERSISTENT_VOLUMES);
		assertThat(content.capturedAt()).hasValue(Instant.parse("2021-07-30T14:02:01Z"));
	}

	@Test
	void troubleshootBundlesNameTheKindByFolderAndSayWhatTheyCouldNotCollect() {
		SnapshotContent content = read("troubleshoot");
		assertThat(content.serverVersion()).hasValueSatisfying((v) -> assertThat(v.gitVersion()).isEqualTo("v1.29.4+k3s1"));
		assertThat(items(content, FactKind.NODES, NodeFact.class)).extracting(NodeFact::name)
			.containsExactly("k3s-server-0");
		assertThat(items(content, FactKind.PODS, PodFact.class)).extracting(PodFact::name)
			.containsExactlyInAnyOrder("web-1", "coredns-6799fbcd5-abcde");
		assertThat(content.present()).contains(FactKind.PERSISTENT_VOLUME_CLAIMS);
		assertThat(content.problems()).singleElement().satisfies((p) -> {
			assertThat(p.where()).isEqualTo("cluster-resources/pods-errors.json");
			assertThat(p.reason()).contains("pods is forbidden");
		});
		assertThat(content.probes().etcd()).hasValueSatisfying((e) -> {
			assertThat(e.endpoints()).singleElement().satisfies((ep) -> {
				assertThat(ep.healthy()).isTrue();
				assertThat(ep.status().dbSize()).isEqualTo(93241344L);
			});
		});
	}

	@Test
	void yamlFromOtherSerializersAndKindListYaml() {
		SnapshotContent content = read("yaml-other");
		assertThat(content.problems()).isEmpty();
		assertThat(items(content, FactKind.PODS, PodFact.class)).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("app-0");
			assertThat(p.namespace()).isEqualTo("shop");
		});
		assertThat(items(content, FactKind.STORAGE_CLASSES, StorageClassFact.class)).extracting(StorageClassFact::name)
			.containsExactly("gp3");
		assertThat(content.present()).as("an empty kind: List in pv.yaml").contains(FactKind.PERSISTENT_VOLUMES);
		assertThat(content.capturedAt()).as("no object holds a time").isEmpty();
	}

	@Test
	void bareArraysTakeTheirKindFromTheFileNameWhateverItsSpelling() throws IOException {
		String node = "{\"metadata\":{\"name\":\"%s\"}}";
		write("Nodes.json", "[" + node.formatted("a") + "]");
		write("x/core_v1_nodes.json", "[" + node.formatted("b") + "]");
		write("y/nodes.json", "[" + node.formatted("c") + "]");
		write("apps_v1_daemonsets.json", "[{\"metadata\":{\"name\":\"ds\",\"namespace\":\"kube-system\"}}]");
		write("storage.k8s.io_v1_storageclasses.json", "[{\"metadata\":{\"name\":\"sc\"},\"provisioner\":\"p\"}]");
		write("notes.json", "[{\"metadata\":{\"name\":\"who-knows\"}}]");
		SnapshotContent content = new SnapshotReader().read(new SnapshotLocation.Directory(dir));
		assertThat(items(content, FactKind.NODES, NodeFact.class)).extracting(NodeFact::name)
			.containsExactlyInAnyOrder("a", "b", "c");
		assertThat(content.objects().get(FactKind.DAEMON_SETS)).hasSize(1);
		assertThat(content.objects().get(FactKind.STORAGE_CLASSES)).hasSize(1);
		assertThat(content.problems()).singleElement()
			.satisfies((p) -> assertThat(p.reason()).contains("1 objects with no kind"));
	}

	@Test
	void kubectlVersionOutputGivesTheServerVersion() throws IOException {
		write("version.json", "{\"clientVersion\":{\"gitVersion\":\"v1.31.0\"},\"kustomizeVersion\":\"v5.4.2\","
				+ "\"serverVersion\":{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":\"v1.30.4-eks-a737599\"}}");
		SnapshotContent content = new SnapshotReader().read(new SnapshotLocation.Directory(dir));
		assertThat(content.serverVersion()).hasValueSatisfying((v) -> assertThat(v.minorNumber()).hasValue(30));
	}

	@Test
	void textFilesThatAreNotJsonAndContainerLogsArePassedBy() throws IOException {
		write("kube-system/etcd-cp-1/logs.txt", "{\"level\":\"info\",\"msg\":\"json logs are still logs\"}");
		write("podlogs/sonobuoy/e2e/logs/e2e.txt", "{ not json");
		write("notes.txt", "collected by hand on Tuesday");
		SnapshotContent content = new SnapshotReader().read(new SnapshotLocation.Directory(dir));
		assertThat(content.problems()).isEmpty();
		assertThat(content.objects()).isEmpty();
	}

	static SnapshotContent read(String fixture) {
		return new SnapshotReader().read(new SnapshotLocation.Directory(fixture(fixture)));
	}

	static Path fixture(String name) {
		try {
			return Path.of(SnapshotFormatsTests.class.getResource("/snapshots/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static <T> List<T> items(SnapshotContent content, FactKind<T> kind, Class<T> type) {
		return (List<T>) (List<?>) content.objects().getOrDefault(kind, List.of());
	}

	private void write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

}
