package dev.kubeprint.problems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.Resources;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/** Shared by the diagnosis tests: the catalog, the texts, and etcd polls built member by member. */
final class ProblemFixtures {

	static final ReferenceCatalog REFERENCE = ReferenceCatalog.load();

	static final Texts EN = Texts.of(Locale.ENGLISH);

	static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);

	static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

	static final long MIB = 1024 * 1024;

	private ProblemFixtures() {
	}

	/** Facts holding only these pods, built as records: a hundred thousand of them read through YAML would be slow. */
	static ClusterFacts pods(List<PodFact> pods) {
		return new ClusterFacts(new ClusterIdentity("test", ClusterIdentity.SourceType.SNAPSHOT, "test"), 1, AT,
				Map.of(FactKind.PODS, new KindFacts<>(FactKind.PODS, Availability.ok(), pods, AT)), Optional.empty(),
				Availability.ok(), List.of());
	}

	/** A pod the scheduler could not place, with its PodScheduled=False message. */
	static PodFact unscheduled(String namespace, String name, String message) {
		return new PodFact(namespace, name, "", "Pending", false, 0, Resources.NONE, List.of(), "ReplicaSet", "rs", "",
				Map.of(), "Unschedulable", message, "", false, AT, "", false, false);
	}

	static PodFact running(String namespace, String name, String node) {
		return new PodFact(namespace, name, node, "Running", true, 0, Resources.NONE, List.of(), "ReplicaSet", "rs", "",
				Map.of(), "", "", "10.0.0.1", false, AT, "", false, false);
	}

	/** Facts with this etcd poll, observed at {@link #AT}. */
	static ClusterFacts withEtcd(ClusterFacts facts, EtcdFacts etcd) {
		return facts.withVersion(facts.version(), AT).withProbes(facts.probes().withEtcd(etcd), facts.version() + 1);
	}

	/** A builder of one etcd poll: members cp-1 …, each with its status and, when given, its quota metric. */
	static final class Etcd {

		private final List<EtcdMemberFact> members = new ArrayList<>();

		private final List<EtcdEndpointFact> endpoints = new ArrayList<>();

		private final List<EtcdMetricsFact> metrics = new ArrayList<>();

		private final List<EtcdAlarmFact> alarms = new ArrayList<>();

		private String alarmsProblem = "";

		Etcd member(long dbSize, long inUse, Long quotaBytes, String... errors) {
			int i = members.size() + 1;
			String endpoint = "https://10.0.0.1" + i + ":2379";
			members.add(new EtcdMemberFact(i, "cp-" + i, List.of("https://10.0.0.1" + i + ":2380"), List.of(endpoint),
					false));
			endpoints.add(new EtcdEndpointFact(endpoint,
					new EtcdStatusFact(i, "3.5.15", dbSize, inUse, 1, 7, 1000, 1000, false, List.of(errors)), "", true, ""));
			if (quotaBytes != null) {
				metrics.add(new EtcdMetricsFact("http://10.0.0.1" + i + ":2381/metrics", "", true, (long) i, true, 1.0, 0.0,
						quotaBytes.doubleValue(), (double) dbSize, (double) inUse, 0.002, 0.004, "true"));
			}
			return this;
		}

		Etcd silentMember() {
			int i = members.size() + 1;
			String endpoint = "https://10.0.0.1" + i + ":2379";
			members.add(new EtcdMemberFact(i, "cp-" + i, List.of(), List.of(endpoint), false));
			endpoints.add(new EtcdEndpointFact(endpoint, null, "did not answer within 3 s", false, ""));
			return this;
		}

		Etcd alarm(long memberId, EtcdAlarmFact.Type type) {
			alarms.add(new EtcdAlarmFact(memberId, type));
			return this;
		}

		Etcd alarmsUnknown(String why) {
			alarmsProblem = why;
			return this;
		}

		EtcdFacts build() {
			return new EtcdFacts(members, endpoints, alarms, alarmsProblem, metrics, AT, Availability.ok());
		}

	}

}
