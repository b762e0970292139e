package dev.kubeprint.etcd;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.etcd.EtcdView.MemberRow;

/** A row per member: reachable or not, why, leader or not, and the size of its database. */
final class EtcdMemberRows {

	private final Texts texts;

	EtcdMemberRows(Texts texts) {
		this.texts = texts;
	}

	MemberRow row(JoinedMember r, EtcdQuorum quorum) {
		String name = (r.member() != null) ? name(r.member()) : texts.get("etcd-panel.member.unknown-endpoint");
		String id = (r.memberId() != null) ? Long.toHexString(r.memberId()) : "";
		String endpoint = (r.endpoint() != null) ? r.endpoint().endpoint()
				: r.member().clientUrls().stream().findFirst().orElse("");
		boolean learner = (r.member() != null) ? r.member().learner() : r.answered() && r.status().learner();
		if (r.endpoint() == null) {
			return new MemberRow(name, id, endpoint, EtcdHealth.UNKNOWN, texts.get("etcd-panel.member.not-configured"),
					false, learner, "", null, "", null, "", null, "", null, null, null, List.of());
		}
		if (!r.answered()) {
			return new MemberRow(name, id, endpoint, EtcdHealth.DOWN,
					texts.get("etcd-panel.member.unreachable", r.endpoint().problem()), false, learner, "", null, "",
					null, "", null, "", null, null, null, List.of());
		}
		EtcdStatusFact status = r.status();
		List<String> problems = problems(r, status);
		EtcdHealth health = problems.isEmpty() ? EtcdHealth.HEALTHY : EtcdHealth.DEGRADED;
		String state = problems.isEmpty() ? texts.get("etcd-panel.member.healthy") : String.join("; ", problems);
		Double fragmentation = EtcdAnalyzer.fragmentation(status.dbSize(), status.dbSizeInUse());
		return new MemberRow(name, id, endpoint, health, state,
				quorum.hasLeader() && status.memberId() == quorum.leaderId(), learner, status.version(),
				status.dbSize(), Units.bytes(status.dbSize()), status.dbSizeInUse(), Units.bytes(status.dbSizeInUse()),
				fragmentation, (fragmentation != null)
						? texts.get("etcd-panel.member.fragmentation", Units.percent(fragmentation)) : "",
				status.raftTerm(), status.raftIndex(), status.raftAppliedIndex(), status.errors());
	}

	private List<String> problems(JoinedMember r, EtcdStatusFact status) {
		List<String> problems = new ArrayList<>();
		if (!r.endpoint().healthy()) {
			problems.add((status.leaderId() == 0) ? texts.get("etcd-panel.member.no-leader")
					: texts.get("etcd-panel.member.read-failed", r.endpoint().healthProblem()));
		}
		if (r.metrics() != null && Boolean.FALSE.equals(r.metrics().hasLeader())) {
			problems.add(texts.get("etcd-panel.member.metrics-no-leader"));
		}
		if (!status.errors().isEmpty()) {
			problems.add(texts.get("etcd-panel.member.errors", String.join(", ", status.errors())));
		}
		return problems;
	}

	String name(EtcdMemberFact member) {
		return member.name().isEmpty() ? texts.get("etcd-panel.member.unnamed") : member.name();
	}

}
