package dev.kubeprint.etcd;

import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.i18n.Texts;

/** The raised alarms in words, each with the member that raised it, and why they are unknown when they are. */
final class EtcdAlarms {

	private final Texts texts;

	EtcdAlarms(Texts texts) {
		this.texts = texts;
	}

	/** @param names member names by id; an id no member has is shown in hex */
	List<String> describe(EtcdFacts facts, Map<Long, String> names) {
		return facts.alarms()
			.stream()
			.map((a) -> alarm(a, names.getOrDefault(a.memberId(), Long.toHexString(a.memberId()))))
			.toList();
	}

	/** Why the alarms could not be read; empty when they could. */
	String note(EtcdFacts facts) {
		return facts.alarmsProblem().isEmpty() ? "" : texts.get("etcd-panel.alarm.unknown", facts.alarmsProblem());
	}

	private String alarm(EtcdAlarmFact alarm, String member) {
		return switch (alarm.type()) {
			case NOSPACE -> texts.get("etcd-panel.alarm.nospace", member);
			case CORRUPT -> texts.get("etcd-panel.alarm.corrupt", member);
		};
	}

}
