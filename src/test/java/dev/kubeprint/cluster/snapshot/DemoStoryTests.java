package dev.kubeprint.cluster.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EndpointSliceFact;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled demo is a cluster having a bad day: each of the reference's five common problems is in its data,
 * as the snapshot reader gives it to the checks, with the numbers its README promises.
 */
class DemoStoryTests {

	private static final Instant CAPTURE = Instant.parse("2026-11-20T07:59:59.480213Z");

	private static final long QUOTA = 8L * 1024 * 1024 * 1024;

	private final ClusterFacts demo = TestFacts.demo();

	@Test
	void theCaptureTimeIsTheNewestWriteOfTheObjects() {
		assertThat(demo.observedAt()).isEqualTo(CAPTURE);
		assertThat(demo.probes().captured()).hasValueSatisfying((c) -> assertThat(c.at()).hasValue(CAPTURE));
	}

	@Test
	void etcdRaisedNospaceWhenCp3sFileReachedItsQuota() {
		EtcdFacts etcd = demo.probes().etcd().orElseThrow();
		long cp3 = etcd.members().stream().filter((m) -> m.name().equals("cp-3")).findFirst().orElseThrow().id();
		assertThat(etcd.alarms()).containsExactly(new EtcdAlarmFact(cp3, EtcdAlarmFact.Type.NOSPACE));
		assertThat(etcd.endpoints()).hasSize(3)
			.allSatisfy((e) -> assertThat(e.status().errors()).containsExactly("memberID:" + Long.toUnsignedString(cp3)
					+ " alarm:NOSPACE "))
			.allSatisfy((e) -> assertThat(e.healthProblem()).isEqualTo("Active Alarm(s): NOSPACE "));
		EtcdEndpointFact full = etcd.endpoints().get(2);
		assertThat(full.endpoint()).isEqualTo("https://10.0.0.13:2379");
		assertThat(full.status().dbSize()).isEqualTo(QUOTA - 16 * 1024);
		assertThat(full.status().dbSizeInUse()).isEqualTo(1_389_367_296L);
		assertThat(demo.pods().stream().filter((p) -> p.name().startsWith("etcd-cp-")))
			.hasSize(3)
			.allSatisfy((p) -> assertThat(p.flags()).containsEntry("quota-backend-bytes", Long.toString(QUOTA)));
	}

	@Test
	void theApiServerIsOverloadedByFullListsOfPods() {
		ApiServerMetrics m = demo.probes().apiServer().orElseThrow().metrics();
		assertThat(m.inflight()).containsEntry("readOnly", 783L).containsEntry("mutating", 41L);
		assertThat(demo.pods().stream().filter((p) -> p.name().startsWith("kube-apiserver-")))
			.hasSize(3)
			.allSatisfy((p) -> assertThat(p.flags()).containsEntry("max-requests-inflight", "800")
				.containsEntry("max-mutating-requests-inflight", "400"));
		assertThat(m.gap()).isEqualTo(ApiServerMetrics.Gap.NONE);
		ApiServerMetrics.Interval since = m.interval();
		assertThat(since.from()).isEqualTo(Instant.parse("2026-11-20T07:10:13.420Z"));
		assertThat(since.to()).isEqualTo(CAPTURE);
		assertThat(since.throttledPerSecond()).isBetween(18.0, 18.1);
		assertThat(since.serverErrorsPerSecond()).isBetween(0.65, 0.66);
		assertThat(since.latency().get("LIST").p99Seconds()).isBetween(5.5, 5.7);
		assertThat(since.latency().values()).filteredOn((v) -> !v.verb().equals("LIST"))
			.allSatisfy((v) -> assertThat(v.p99Seconds()).isLessThan(1));
		PodFact restarted = pod("kube-system", "kube-apiserver-cp-3");
		assertThat(restarted.restarts()).isEqualTo(1);
	}

	@Test
	void sixtyFourPodsWaitForASchedulerThatCannotPlaceThem() {
		List<PodFact> pending = demo.pods().stream().filter((p) -> "Unschedulable".equals(p.reason())).toList();
		assertThat(pending).hasSize(64).allSatisfy((p) -> {
			assertThat(p.scheduled()).isFalse();
			assertThat(p.phase()).isEqualTo("Pending");
			assertThat(p.created()).isBefore(CAPTURE.minus(Duration.ofMinutes(28)));
		});
		Map<String, Long> byOwner = pending.stream()
			.collect(Collectors.groupingBy((p) -> p.namespace() + "/" + p.ownerName().replaceFirst("-[^-]+$", ""),
					Collectors.counting()));
		assertThat(byOwner).containsExactlyInAnyOrderEntriesOf(Map.of("batch/video-transcode", 40L,
				"payments/fraud-scoring", 14L, "data/embedding-indexer", 6L, "data/analytics-worker", 2L,
				"batch/nightly-etl", 1L, "batch/report-generator", 1L));
		Map<String, Long> byMessage = pending.stream()
			.collect(Collectors.groupingBy(DemoStoryTests::cause, Collectors.counting()));
		assertThat(byMessage).containsExactlyInAnyOrderEntriesOf(Map.of("16 Insufficient cpu", 40L,
				"16 node(s) didn't match Pod's node affinity/selector", 14L, "16 Insufficient nvidia.com/gpu", 6L,
				"16 Insufficient memory", 3L, "pod has unbound immediate PersistentVolumeClaims", 1L));
		assertThat(pending).filteredOn((p) -> p.created().isBefore(CAPTURE.minus(Duration.ofMinutes(10)))).hasSize(64);
	}

	@Test
	void general7StoppedRenewingItsLeaseAndItsPodsWereEvicted() {
		NodeFact node = demo.nodes().stream().filter((n) -> n.name().equals("general-7")).findFirst().orElseThrow();
		assertThat(node.ready().status()).isEqualTo("Unknown");
		assertThat(node.ready().message()).isEqualTo("Kubelet stopped posting node status.");
		assertThat(node.taints()).containsExactly("node.kubernetes.io/unreachable:NoSchedule",
				"node.kubernetes.io/unreachable:NoExecute");
		Map<String, LeaseFact> leases = demo.items(FactKind.LEASES)
			.stream()
			.filter((l) -> l.namespace().equals("kube-node-lease"))
			.collect(Collectors.toMap(LeaseFact::name, Function.identity()));
		assertThat(leases).hasSize(24);
		assertThat(leases.get("general-7").renewTime()).isEqualTo(Instant.parse("2026-11-20T07:41:18.482915Z"));
		assertThat(leases.values()).filteredOn((l) -> l.expiredAt(CAPTURE)).extracting(LeaseFact::name)
			.containsExactly("general-7");
		assertThat(demo.pods()).filteredOn((p) -> p.nodeName().equals("general-7") && p.deletionTimestamp() != null)
			.hasSize(3);
		List<EventFact> events = demo.items(FactKind.EVENTS);
		assertThat(events).filteredOn((e) -> e.reason().equals("NodeNotReady") && e.involvedKind().equals("Node"))
			.extracting(EventFact::involvedName)
			.containsExactly("general-7");
		assertThat(events).filteredOn((e) -> e.reason().equals("TaintManagerEviction")).hasSize(3);
	}

	@Test
	void oneOfTheTwoCorednsPodsIsCrashLooping() {
		PodFact dns = pod("kube-system", "coredns-ck7qk5rx74-mm5cc");
		assertThat(dns.component()).isEqualTo("kube-dns");
		assertThat(dns.ready()).isFalse();
		assertThat(dns.restarts()).isEqualTo(9);
		assertThat(dns.reason()).isEqualTo("CrashLoopBackOff");
		EndpointSliceFact slice = demo.items(FactKind.ENDPOINT_SLICES)
			.stream()
			.filter((s) -> s.serviceName().equals("kube-dns"))
			.findFirst()
			.orElseThrow();
		assertThat(slice.endpoints()).isEqualTo(2);
		assertThat(slice.readyEndpoints()).isEqualTo(1);
	}

	private PodFact pod(String namespace, String name) {
		return demo.pods()
			.stream()
			.filter((p) -> p.namespace().equals(namespace) && p.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** What sets a group's message apart: every message also names the cluster's eight tainted nodes. */
	private static String cause(PodFact pod) {
		String nodes = pod.message()
			.replaceFirst("\\. preemption: .*", "")
			.replaceFirst("^0/24 nodes are available: ", "");
		return List.of(nodes.split(", "))
			.stream()
			.filter((r) -> !r.contains("untolerated taint"))
			.findFirst()
			.orElse(nodes);
	}

}
