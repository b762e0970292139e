package dev.kubeprint.cluster.projection;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.EventBound;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.StatefulSetFact;

import static dev.kubeprint.cluster.projection.ProjectionsTests.project;
import static org.assertj.core.api.Assertions.assertThat;

/** What the workloads page reads: terminating pods, StatefulSet replicas, Events old and new style. */
class WorkloadHealthProjectionsTests {

	@Test
	void aPodWithADeletionTimestampIsTerminatingWhateverItsPhase() {
		PodFact pod = project(FactKind.PODS, "{\"metadata\":{\"name\":\"p\",\"namespace\":\"default\","
				+ "\"deletionTimestamp\":\"2022-08-03T15:20:34Z\"},\"status\":{\"phase\":\"Running\"}}");
		assertThat(pod.running()).isTrue();
		assertThat(pod.terminating()).isTrue();
		assertThat(pod.deletionTimestamp()).isEqualTo(Instant.parse("2022-08-03T15:20:34Z"));
	}

	@Test
	void aStatefulSetWithoutReplicasWantsOne() {
		StatefulSetFact sts = project(FactKind.STATEFUL_SETS,
				"{\"metadata\":{\"name\":\"db\",\"namespace\":\"data\"},\"spec\":{},\"status\":{\"readyReplicas\":0}}");
		assertThat(sts.replicas()).isEqualTo(1);
		assertThat(sts.ready()).isZero();
	}

	@Test
	void anEventOfTheNewApiIsDatedByItsSeriesAndCutShort() {
		String message = "x".repeat(500);
		EventFact e = project(FactKind.EVENTS, "{\"metadata\":{\"name\":\"e\",\"namespace\":\"kube-system\","
				+ "\"creationTimestamp\":\"2026-11-20T07:00:00Z\"},\"involvedObject\":{\"kind\":\"Pod\",\"name\":\"p\"},"
				+ "\"type\":\"Warning\",\"reason\":\"BackOff\",\"message\":\"" + message + "\",\"count\":null,"
				+ "\"firstTimestamp\":null,\"lastTimestamp\":null,\"eventTime\":\"2026-11-20T07:00:00.123456Z\","
				+ "\"series\":{\"count\":12,\"lastObservedTime\":\"2026-11-20T07:59:00.000000Z\"},"
				+ "\"reportingComponent\":\"kubelet\"}");
		assertThat(e.last()).isEqualTo(Instant.parse("2026-11-20T07:59:00Z"));
		assertThat(e.first()).isEqualTo(Instant.parse("2026-11-20T07:00:00.123456Z"));
		assertThat(e.count()).isEqualTo(12);
		assertThat(e.source()).isEqualTo("kubelet");
		assertThat(e.message()).hasSize(EventBound.MESSAGE_LENGTH + 1).endsWith("…");
		assertThat(e.involvedKind()).isEqualTo("Pod");
	}

}
