package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.SecretFact;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotReaderTests {

	@TempDir
	Path dir;

	@Test
	void readsKubectlJsonListWhereItemsComeBeforeKind() throws IOException {
		// kubectl sorts keys: apiVersion, items, kind, metadata.
		write("pods.json", """
				{"apiVersion": "v1", "items": [
				  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a", "namespace": "shop"},
				   "spec": {"nodeName": "n1"}, "status": {"phase": "Running"}},
				  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b", "namespace": "shop"},
				   "spec": {}, "status": {"phase": "Pending"}}],
				 "kind": "List", "metadata": {"resourceVersion": ""}}""");
		SnapshotContent content = read();
		assertThat(pods(content)).extracting(PodFact::name).containsExactly("a", "b");
		assertThat(content.problems()).isEmpty();
	}

	@Test
	void readsTypedListsWhoseItemsHaveNoKindEvenWhenKindComesLast() throws IOException {
		write("nodes.json", """
				{"items": [{"metadata": {"name": "n1"}, "status": {"conditions": [
				  {"type": "Ready", "status": "True", "lastHeartbeatTime": "2026-11-20T07:59:50Z"}]}}],
				 "kind": "NodeList", "apiVersion": "v1"}""");
		SnapshotContent content = read();
		assertThat(nodes(content)).extracting(NodeFact::name).containsExactly("n1");
		assertThat(content.capturedAt()).hasValue(Instant.parse("2026-11-20T07:59:50Z"));
	}

	@Test
	void readsYamlListsAndMultiDocumentYaml() throws IOException {
		write("nodes.yaml", """
				apiVersion: v1
				items:
				- apiVersion: v1
				  kind: Node
				  metadata:
				    name: n1
				    labels: {node-pool: general}
				  status:
				    allocatable: {cpu: "8", memory: 32Gi, pods: "110"}
				kind: List
				""");
		write("more.yml", """
				apiVersion: v1
				kind: Namespace
				metadata: {name: shop}
				---
				apiVersion: apps/v1
				kind: DaemonSet
				metadata: {name: kube-proxy, namespace: kube-system}
				status: {desiredNumberScheduled: 3, numberReady: 2}
				""");
		SnapshotContent content = read();
		assertThat(nodes(content)).singleElement().satisfies((n) -> {
			assertThat(n.label("node-pool")).isEqualTo("general");
			assertThat(n.allocatable().cpuMillis()).isEqualTo(8000);
		});
		assertThat(content.objects().get(FactKind.NAMESPACES)).hasSize(1);
		assertThat(content.objects().get(FactKind.DAEMON_SETS)).hasSize(1);
	}

	@Test
	void readsSingleObjectsAndTheVersionAnswer() throws IOException {
		write("node.json", "{\"kind\":\"Node\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"solo\"}}");
		write("version.json", "{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":\"v1.30.6\",\"platform\":\"linux/amd64\"}");
		SnapshotContent content = read();
		assertThat(nodes(content)).extracting(NodeFact::name).containsExactly("solo");
		assertThat(content.serverVersion()).hasValueSatisfying((v) -> assertThat(v.minorNumber()).hasValue(30));
	}

	@Test
	void aVersionAnswerWithoutNumbersIsUnknownNotACrash() throws IOException {
		write("version.json", "{\"major\":\"\",\"minor\":\"\",\"gitVersion\":\"custom-build\"}");
		SnapshotContent content = read();
		assertThat(content.serverVersion()).hasValueSatisfying((v) -> assertThat(v.minorNumber()).isEmpty());
	}

	@Test
	void readsAClusterInfoDumpTree() throws IOException {
		write("nodes.json", "{\"kind\":\"NodeList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"cp-1\"}}]}");
		write("kube-system/pods.json", "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":["
				+ "{\"metadata\":{\"name\":\"etcd-cp-1\",\"namespace\":\"kube-system\",\"labels\":{\"component\":\"etcd\"}},"
				+ "\"spec\":{\"nodeName\":\"cp-1\"},\"status\":{\"phase\":\"Running\"}}]}");
		write("kube-system/events.json", "{\"kind\":\"EventList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}");
		write("kube-system/etcd-cp-1/logs.txt", "{ not json, and not read }");
		write("default/pods.json", "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}");
		SnapshotContent content = read();
		assertThat(nodes(content)).hasSize(1);
		assertThat(pods(content)).singleElement().satisfies((p) -> assertThat(p.component()).isEqualTo("etcd"));
		assertThat(content.problems()).isEmpty();
		assertThat(content.present()).contains(FactKind.NODES, FactKind.PODS).doesNotContain(FactKind.LEASES);
	}

	@Test
	void aMalformedFileIsNamedWithItsReasonAndTheRestLoads() throws IOException {
		write("nodes.json", "{\"kind\":\"NodeList\",\"items\":[{\"metadata\":{\"name\":\"n1\"}}]}");
		write("pods.json", "{\"kind\":\"PodList\",\"items\":[{\"metadata\":{\"name\":\"p1\",\"namespace\":\"x\"}},\n  {oops]}");
		SnapshotContent content = read();
		assertThat(nodes(content)).hasSize(1);
		assertThat(pods(content)).as("half a file is not loaded").isEmpty();
		assertThat(content.problems()).singleElement().satisfies((p) -> {
			assertThat(p.where()).isEqualTo("pods.json");
			assertThat(p.reason()).contains("not valid JSON at line 2");
		});
	}

	@Test
	void aMalformedObjectIsSkippedAndNamed() throws IOException {
		write("nodes.json", "{\"kind\":\"NodeList\",\"items\":["
				+ "{\"metadata\":{\"name\":\"good\"}},"
				+ "{\"metadata\":{\"name\":\"bad\",\"labels\":[1,2]}}]}");
		SnapshotContent content = read();
		assertThat(nodes(content)).extracting(NodeFact::name).containsExactly("good");
		assertThat(content.problems()).singleElement().satisfies((p) -> {
			assertThat(p.where()).isEqualTo("nodes.json");
			assertThat(p.reason()).contains("Node bad skipped").contains("labels");
		});
	}

	@Test
	void anEmptyListStillSaysTheKindIsCoveredAndUnknownKindsAreIgnored() throws IOException {
		write("persistentvolumes.json", "{\"apiVersion\":\"v1\",\"items\":[],\"kind\":\"List\"}");
		write("replicasets.json", "{\"kind\":\"ReplicaSetList\",\"items\":[{\"metadata\":{\"name\":\"r\"}}]}");
		SnapshotContent content = read();
		assertThat(content.present()).containsExactly(FactKind.PERSISTENT_VOLUMES);
		assertThat(content.problems()).isEmpty();
	}

	@Test
	void secretsKeepTheirSizeNotTheirContent() throws IOException {
		write("secrets.json", "{\"kind\":\"SecretList\",\"items\":[{\"metadata\":{\"name\":\"db\",\"namespace\":\"p\"},"
				+ "\"type\":\"Opaque\",\"data\":{\"password\":\"aHVudGVyMg==\"}}]}");
		SecretFact secret = (SecretFact) read().objects().get(FactKind.SECRETS).get(0);
		assertThat(secret.keys()).isEqualTo(1);
		assertThat(secret.toString()).doesNotContain("aHVudGVyMg").doesNotContain("hunter2");
	}

	@Test
	void theSameObjectInTwoFilesCountsOnce() throws IOException {
		String pod = "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"namespace\":\"kube-system\"}}";
		write("all/pods.json", "{\"kind\":\"List\",\"items\":[" + pod + "]}");
		write("kube-system/pods.json", "{\"kind\":\"List\",\"items\":[" + pod + "]}");
		assertThat(pods(read())).hasSize(1);
	}

	private void write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private SnapshotContent read() {
		return new SnapshotReader().read(new SnapshotLocation.Directory(dir).files());
	}

	@SuppressWarnings("unchecked")
	private static List<PodFact> pods(SnapshotContent content) {
		return (List<PodFact>) (List<?>) content.objects().getOrDefault(FactKind.PODS, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<NodeFact> nodes(SnapshotContent content) {
		return (List<NodeFact>) (List<?>) content.objects().getOrDefault(FactKind.NODES, List.of());
	}

}
