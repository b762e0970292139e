package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;


/**
 * One poll of etcd: immutable, complete in itself, and honest about what could not be read.
 *
 * @param members the member list; empty when no member answered it
 * @param endpoints every configured endpoint, in configuration order, answered or not
 * @param alarms alarms raised; empty also when they could not be read, see {@code alarmsProblem}
 * @param alarmsProblem why the alarms are unknown (they go through raft and need a leader); empty when read
 * @param metrics every configured metrics URL, in configuration order
 * @param availability OK when at least one member answered; UNREACHABLE with every endpoint's reason otherwise
 */
public record EtcdFacts(List<EtcdMemberFact> members, List<EtcdEndpointFact> endpoints, List<EtcdAlarmFact> alarms,
		String alarmsProblem, List<EtcdMetricsFact> metrics, Instant observedAt, Availability availability) {

	public EtcdFacts {
		members = List.copyOf(members);
		endpoints = List.copyOf(endpoints);
		alarms = List.copyOf(alarms);
		alarmsProblem = (alarmsProblem != null) ? alarmsProblem : "";
		metrics = List.copyOf(metrics);
	}

	/** Before the first poll has finished. */
	public static EtcdFacts loading(Instant now) {
		return new EtcdFacts(List.of(), List.of(), List.of(), "", List.of(), now, Availability.loading());
	}

}
