package dev.kubeprint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projection;
import dev.kubeprint.cluster.projection.Projections;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's objects are what a real server sends: every field the recorded v1.28 server wrote is there,
 * the sizes are a real workload's, and the real projections read them as they read the recording.
 */
class RealisticObjectsTests {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String REAL = "/fixtures/real-apiserver-v1.28/";

	private final GeneratedCluster cluster = new GeneratedCluster(5000, 150_000);

	@Test
	void objectsAreSizedLikeARealServers() {
		assertThat(cluster.pod(123_456, 1_000_000).length).isBetween(8_800, 9_800);
		assertThat(cluster.node(4_321, 1_000_000).length).isBetween(2_000, 3_400);
	}

	@Test
	void everyFieldTheRealServerWroteIsThere() throws IOException {
		JsonNode realPod = recorded("pods-list-page.json");
		JsonNode realNode = recorded("nodes-list-page.json");

		assertThat(paths(JSON.readTree(cluster.pod(7, 1000)))).containsAll(paths(realPod));
		// The recorded node also carries kubectl's last-applied annotation and a third manager; real nodes need not.
		assertThat(paths(JSON.readTree(cluster.node(7, 1000)))).containsAll(paths(realNode));
	}

	@Test
	void aGeneratedPodDecodesAsTheRecordedOneWhereTheyOverlap() throws IOException {
		JsonNode real = recorded("pods-list-page.json");
		PodFact fromReal = decode(Projections.of(FactKind.PODS), JSON.writeValueAsBytes(real));
		PodFact generated = decode(Projections.of(FactKind.PODS), cluster.pod(7, 1003));

		for (Function<PodFact, Object> field : java.util.List.<Function<PodFact, Object>>of(PodFact::ownerKind,
				PodFact::claimNames, PodFact::flags, PodFact::hostNetwork, PodFact::appArmorAnnotations, PodFact::sidecars,
				PodFact::image, PodFact::program, PodFact::deletionTimestamp, PodFact::reason, PodFact::message)) {
			assertThat(field.apply(generated)).isEqualTo(field.apply(fromReal));
		}
		assertThat(generated.name()).isEqualTo(GeneratedCluster.podName(7));
		assertThat(generated.namespace()).isEqualTo("team-7");
		assertThat(generated.nodeName()).isEqualTo("node-00007");
		assertThat(generated.phase()).isEqualTo("Running");
		assertThat(generated.ready()).isTrue();
		assertThat(generated.restarts()).isEqualTo(1003 % 5);
		assertThat(generated.requests().cpuMillis()).isEqualTo(300);
		assertThat(generated.requests().memoryBytes()).isEqualTo(448L << 20);
		assertThat(generated.podIp()).isEqualTo("10.0.7.7");
		assertThat(generated.component()).isEqualTo("app-7");
		assertThat(generated.ownerName()).isEqualTo("app-7-7d9f8c6b5");
	}

	@Test
	void aGeneratedNodeDecodesAsTheRecordedOneWhereTheyOverlap() throws IOException {
		NodeFact fromReal = decode(Projections.of(FactKind.NODES), JSON.writeValueAsBytes(recorded("nodes-list-page.json")));
		NodeFact generated = decode(Projections.of(FactKind.NODES), cluster.node(7, 1000));

		assertThat(generated.name()).isEqualTo("node-00007");
		assertThat(generated).usingRecursiveComparison()
			// What varies by index, and the recording's "(fake heartbeat)" Ready message.
			.ignoringFields("name", "labels", "annotations", "ready", "conditions", "internalIp", "podCidrs",
					"providerId")
			.isEqualTo(fromReal);
	}

	private static <T> T decode(Projection<T> projection, byte[] json) {
		try (JsonParser p = JSON.createParser(json)) {
			p.nextToken();
			return projection.project(p, new Interner());
		}
	}

	private static JsonNode recorded(String file) throws IOException {
		try (InputStream in = RealisticObjectsTests.class.getResourceAsStream(REAL + file)) {
			return JSON.readTree(in).path("items").get(0);
		}
	}

	/** Field paths, lists collapsed, and nothing below keys that are data rather than schema. */
	private static Set<String> paths(JsonNode node) {
		Set<String> paths = new TreeSet<>();
		collect(node, "", paths);
		return paths;
	}

	private static void collect(JsonNode node, String path, Set<String> paths) {
		if (path.endsWith(".labels") || path.endsWith(".annotations") || path.endsWith(".fieldsV1")) {
			paths.add(path);
			return;
		}
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				collect(node.get(name), path + "." + name, paths);
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collect(element, path + "[]", paths));
		}
		paths.add(path);
	}

}
