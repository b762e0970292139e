package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Gap;
import dev.kubeprint.cluster.facts.Availability.State;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.ProbeFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw answers captured beside the objects become the probe facts a live poll gives, marked as captured. */
class SnapshotCapturesTests {

	private static final String NODE = "{\"kind\":\"Node\",\"metadata\":{\"name\":\"cp-1\"},\"status\":{\"conditions\":"
			+ "[{\"type\":\"Ready\",\"status\":\"True\",\"lastHeartbeatTime\":\"2024-11-25T10:00:00Z\"}]}}";

	@TempDir
	Path dir;

	@Test
	void realApiServerCapturesAreReadByTheProbesParsers() throws IOException {
		copy("readyz-verbose.txt", "readyz-verbose.txt");
		copy("livez-verbose.txt", "livez-verbose.txt");
		copy("apiserver-metrics.txt", "apiserver-metrics.txt");
		copy("version.json", "version.json");
		Files.writeString(dir.resolve("nodes.json"), NODE);
		SnapshotContent content = read();
		assertThat(content.problems()).isEmpty();
		ApiServerFacts api = content.probes().apiServer().orElseThrow();
		assertThat(api.readyz().passed()).isTrue();
		assertThat(api.readyz().checks()).extracting((c) -> c.name()).contains("etcd", "informer-sync");
		assertThat(api.livezAvailability().isOk()).isTrue();
		assertThat(api.version().gitVersion()).isEqualTo("v1.28.7");
		assertThat(api.metrics().inflight()).containsKeys("readOnly", "mutating");
		assertThat(api.observedAt()).isEqualTo(Instant.parse("2024-11-25T10:00:00Z"));
		assertThat(content.probes().captured()).hasValueSatisfying((c) -> {
			assertThat(c.at()).hasValue(Instant.parse("2024-11-25T10:00:00Z"));
			assertThat(c.files()).contains("readyz-verbose.txt", "apiserver-metrics.txt");
		});
	}

	@Test
	void aSingleMetricsCaptureGivesLatencySinceTheServerStarted() throws IOException {
		Files.writeString(dir.resolve("nodes.json"), NODE);
		Files.writeString(dir.resolve("metrics.txt"), """
				process_start_time_seconds 1.7325216e+09
				apiserver_request_total{code="200",verb="LIST"} 1000
				apiserver_request_duration_seconds_bucket{verb="LIST",le="0.1"} 900
				apiserver_request_duration_seconds_bucket{verb="LIST",le="1"} 980
				apiserver_request_duration_seconds_bucket{verb="LIST",le="5"} 1000
				apiserver_request_duration_seconds_bucket{verb="LIST",le="+Inf"} 1000
				""");
		ApiServerFacts api = read().probes().apiServer().orElseThrow();
		assertThat(api.readyzAvailability().state()).isEqualTo(State.NOT_COLLECTED);
		assertThat(api.metrics().gap()).isEqualTo(Gap.NONE);
		assertThat(api.metrics().interval().latency().get("LIST").p99Seconds()).isGreaterThan(1);
		assertThat(api.metrics().interval().from()).isEqualTo(Instant.ofEpochSecond(1_732_521_600));
	}

	@Test
	void withoutACaptureTimeTheMetricsHaveNoInterval() throws IOException {
		Files.writeString(dir.resolve("metrics.txt"), "process_start_time_seconds 1.7e+09\n");
		SnapshotContent content = read();
		assertThat(content.capturedAt()).isEmpty();
		assertThat(content.probes().apiServer().orElseThrow().metrics().gap()).isEqualTo(Gap.SINGLE_CAPTURE);
		assertThat(content.probes().captured()).hasValueSatisfying((c) -> assertThat(c.at()).isEmpty());
	}

	@Test
	void etcdctlJsonCapturesGiveMembersStatusAndHealth() throws IOException {
		Files.writeString(dir.resolve("nodes.json"), NODE);
		Files.writeString(dir.resolve("etcd-endpoint-status.json"), """
				[{"Endpoint":"https://10.0.0.11:2379","Status":{"header":{"cluster_id":9233608010275996133,\
				"member_id":15344070667138727669,"revision":154340496,"raft_term":280},"version":"3.5.1",\
				"dbSize":93241344,"leader":15344070667138727669,"raftIndex":176073694,"raftTerm":280,\
				"raftAppliedIndex":176073694,"dbSizeInUse":36872192}}]""");
		Files.writeString(dir.resolve("etcd-endpoint-health.json"), """
				[{"endpoint":"https://10.0.0.11:2379","health":true,"took":"9.1ms"},
				 {"endpoint":"https://10.0.0.12:2379","health":false,"took":"5.0s",\
				"error":"failed to commit proposal: context deadline exceeded"}]""");
		Files.writeString(dir.resolve("etcd-member-list.json"), """
				{"header":{"cluster_id":9233608010275996133},"members":[{"ID":15344070667138727669,"name":"cp-1",\
				"peerURLs":["https://10.0.0.11:2380"],"clientURLs":["https://10.0.0.11:2379"]},{"ID":"42","name":"cp-2",\
				"peerURLs":["https://10.0.0.12:2380"],"clientURLs":["https://10.0.0.12:2379"],"isLearner":true}]}""");
		EtcdFacts etcd = read().probes().etcd().orElseThrow();
		assertThat(etcd.availability().isOk()).isTrue();
		assertThat(etcd.members()).extracting((m) -> m.hexId()).containsExactly("d4f116f9b34b7ef5", "2a");
		assertThat(etcd.members().get(1).learner()).isTrue();
		assertThat(etcd.endpoints()).hasSize(2);
		assertThat(etcd.endpoints().get(0).status().leaderId()).isEqualTo(etcd.members().get(0).id());
		assertThat(etcd.endpoints().get(1).answered()).isFalse();
		assertThat(etcd.endpoints().get(1).healthProblem()).contains("context deadline exceeded");
		assertThat(etcd.alarmsProblem()).contains("no etcdctl alarm list");
		assertThat(etcd.observedAt()).isEqualTo(Instant.parse("2024-11-25T10:00:00Z"));
	}

	@Test
	void etcdctlPrintsAlarmTypesAsNumbersAndTheGatewayAsNames() throws IOException {
		Files.writeString(dir.resolve("nodes.json"), NODE);
		Files.writeString(dir.resolve("etcd-alarm-list.json"), """
				{"header":{"cluster_id":14841639068965178418,"member_id":12249742271540127001,"revision":918273645,\
				"raft_term":14},"alarms":[{"memberID":16013942880412066489,"alarm":1},{"memberID":"42","alarm":"CORRUPT"},\
				{"memberID":7,"alarm":0}]}""");
		EtcdFacts etcd = read().probes().etcd().orElseThrow();
		assertThat(etcd.alarmsProblem()).isEmpty();
		assertThat(etcd.alarms()).extracting((a) -> a.type().name()).containsExactly("NOSPACE", "CORRUPT");
		assertThat(etcd.alarms().get(0).memberId()).isEqualTo(new BigInteger("16013942880412066489").longValue());
	}

	@Test
	void aSnapshotWithoutCapturesSaysWhichFilesItWouldRead() throws IOException {
		Files.writeString(dir.resolve("nodes.json"), NODE);
		ProbeFacts probes = read().probes();
		assertThat(probes.apiServer()).isEmpty();
		assertThat(probes.apiServerAbsent()).contains("readyz-verbose.txt");
		assertThat(probes.etcd()).isEmpty();
		assertThat(probes.etcdAbsent()).contains("etcd-endpoint-status.json");
	}

	@Test
	void captureNamesOfOtherCollectorsAreRecognised() {
		assertThat(Captures.of("etcd/endpoint-status.txt")).hasValue(Captures.Kind.ETCD_STATUS);
		assertThat(Captures.of("must-gather/etcd_info/endpoint_health.json")).hasValue(Captures.Kind.ETCD_HEALTH);
		assertThat(Captures.of("etcd_info/member_list.json")).hasValue(Captures.Kind.ETCD_MEMBERS);
		assertThat(Captures.of("kube-apiserver-metrics.txt")).hasValue(Captures.Kind.METRICS);
		assertThat(Captures.of("readyz.txt")).hasValue(Captures.Kind.READYZ);
		assertThat(Captures.of("etcd-metrics.txt")).as("etcd's own metrics are not the API server's").isEmpty();
		assertThat(Captures.of("metrics.json")).isEmpty();
	}

	private SnapshotContent read() {
		return new SnapshotReader().read(new SnapshotLocation.Directory(dir));
	}

	private void copy(String fixture, String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/fixtures/real-apiserver-v1.28/" + fixture)) {
			Files.copy(in, dir.resolve(name));
		}
	}

}
