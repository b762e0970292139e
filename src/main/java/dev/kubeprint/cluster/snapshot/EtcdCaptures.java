package dev.kubeprint.cluster.snapshot;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import tools.jackson.databind.JsonNode;

/**
 * What {@code etcdctl -w json} printed into a bundle, turned into the facts a live poll through jetcd gives:
 * {@code endpoint status} (an array of {"Endpoint", "Status": {"header": {"member_id"…}, "version", "dbSize",
 * "dbSizeInUse", "leader", "raftTerm", "raftIndex", "raftAppliedIndex", "isLearner", "errors"}}),
 * {@code endpoint health} (an array of {"endpoint", "health", "took", "error"}), {@code member list}
 * ({"members": [{"ID", "name", "peerURLs", "clientURLs", "isLearner"}]}) and {@code alarm list}
 * ({"alarms": [{"memberID", "alarm"}]}, the alarm a number or a name). Ids are unsigned 64-bit numbers and some
 * printers quote them.
 */
final class EtcdCaptures {

	private final Map<String, EtcdStatusFact> status = new LinkedHashMap<>();

	private final Map<String, JsonNode> health = new LinkedHashMap<>();

	private final List<EtcdMemberFact> members = new ArrayList<>();

	private final List<EtcdAlarmFact> alarms = new ArrayList<>();

	private boolean alarmsRead;

	boolean isEmpty() {
		return status.isEmpty() && health.isEmpty() && members.isEmpty() && !alarmsRead;
	}

	void status(JsonNode array) {
		for (JsonNode entry : array) {
			JsonNode s = entry.path("Status");
			List<String> errors = new ArrayList<>();
			s.path("errors").forEach((e) -> errors.add(e.asString()));
			status.put(entry.path("Endpoint").asString(), new EtcdStatusFact(unsigned(s.path("header").path("member_id")),
					s.path("version").asString(), unsigned(s.path("dbSize")), unsigned(s.path("dbSizeInUse")),
					unsigned(s.path("leader")), unsigned(s.path("raftTerm")), unsigned(s.path("raftIndex")),
					unsigned(s.path("raftAppliedIndex")), s.path("isLearner").asBoolean(false), errors));
		}
	}

	void health(JsonNode array) {
		for (JsonNode entry : array) {
			health.put(entry.path("endpoint").asString(), entry);
		}
	}

	void members(JsonNode list) {
		for (JsonNode m : list.path("members")) {
			members.add(new EtcdMemberFact(unsigned(m.path("ID")), m.path("name").asString(), strings(m.path("peerURLs")),
					strings(m.path("clientURLs")), m.path("isLearner").asBoolean(false)));
		}
	}

	void alarms(JsonNode list) {
		alarmsRead = true;
		for (JsonNode a : list.path("alarms")) {
			String type = alarmType(a.path("alarm"));
			if ("NOSPACE".equals(type) || "CORRUPT".equals(type)) {
				alarms.add(new EtcdAlarmFact(unsigned(a.path("memberID")), EtcdAlarmFact.Type.valueOf(type)));
			}
		}
	}

	/**
	 * etcdctl -w json marshals the AlarmType enum with Go's encoding/json, which knows no enum names: it prints
	 * 1 for NOSPACE and 2 for CORRUPT (etcd's rpc.proto). The gRPC gateway and other printers write the names.
	 */
	private static String alarmType(JsonNode alarm) {
		if (alarm.isNumber()) {
			return switch (alarm.asInt()) {
				case 1 -> "NOSPACE";
				case 2 -> "CORRUPT";
				default -> "";
			};
		}
		return alarm.asString("");
	}

	/** The facts as of the capture; every endpoint named in either capture gets a row. */
	EtcdFacts facts(Instant at) {
		List<EtcdEndpointFact> endpoints = new ArrayList<>();
		List<String> names = new ArrayList<>(status.keySet());
		health.keySet().stream().filter((e) -> !names.contains(e)).forEach(names::add);
		for (String endpoint : names) {
			EtcdStatusFact s = status.get(endpoint);
			JsonNode h = health.get(endpoint);
			String problem = s != null ? "" : !status.isEmpty() ? "etcdctl endpoint status did not list it"
					: "no etcdctl endpoint status in this snapshot";
			boolean healthy = h != null && h.path("health").asBoolean(false);
			String healthProblem = healthProblem(h, healthy);
			endpoints.add(new EtcdEndpointFact(endpoint, s, problem, healthy, healthProblem));
		}
		boolean answered = endpoints.stream().anyMatch((e) -> e.answered() || e.healthy());
		Availability availability = answered ? Availability.ok()
				: Availability.unreachable("no endpoint answered in the etcdctl captures of this snapshot");
		String alarmsProblem = alarmsRead ? "" : "no etcdctl alarm list in this snapshot";
		return new EtcdFacts(members, endpoints, alarms, alarmsProblem, List.of(), at, availability);
	}

	private static String healthProblem(JsonNode h, boolean healthy) {
		if (h == null) {
			return "no etcdctl endpoint health for it in this snapshot";
		}
		String error = h.path("error").asString("");
		return healthy ? "" : error.isEmpty() ? "unhealthy" : error;
	}

	private static long unsigned(JsonNode n) {
		String text = n.asString("").strip();
		if (text.isEmpty() || !text.matches("\\d+")) {
			return 0;
		}
		// Member ids use all 64 bits; jetcd and EtcdMemberFact keep them in a long, as here.
		return new BigInteger(text).longValue();
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach((s) -> out.add(s.asString()));
		return out;
	}

}
