package dev.kubeprint.etcd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;

/** A small etcd cluster for the tests of the analyzer's parts: members cp-1…, the first ones answering. */
final class EtcdFixtures {

	static final long MIB = 1024 * 1024;

	private EtcdFixtures() {
	}

	static EtcdFacts cluster(int size, int answering, long leader, long dbSize, List<EtcdAlarmFact> alarms) {
		List<EtcdMemberFact> members = new ArrayList<>();
		List<EtcdEndpointFact> endpoints = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			String endpoint = "https://10.0.0.1" + i + ":2379";
			members.add(new EtcdMemberFact(i, "cp-" + i, List.of("https://10.0.0.1" + i + ":2380"), List.of(endpoint),
					false));
			endpoints.add(i <= answering
					? new EtcdEndpointFact(endpoint, new EtcdStatusFact(i, "3.5.12", dbSize * i, dbSize * i / 2, leader,
							7, 1000, 1000, false, List.of()), "", leader != 0, "")
					: new EtcdEndpointFact(endpoint, null, "did not answer", false, ""));
		}
		return new EtcdFacts(members, endpoints, alarms, "", List.of(), Instant.parse("2026-11-20T08:00:00Z"),
				answering > 0 ? Availability.ok() : Availability.unreachable("none answered"));
	}

}
