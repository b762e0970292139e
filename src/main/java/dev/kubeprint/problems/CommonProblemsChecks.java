package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/** Every row of the reference's problem table diagnosed, in the table's order. */
public final class CommonProblemsChecks {

	private final EtcdDiskFullChecks etcd;

	private final ApiOverloadChecks api;

	private final SchedulingChecks scheduling;

	private final NodeNotReadyChecks nodes;

	private final DnsChecks dns;

	public CommonProblemsChecks(ReferenceCatalog reference) {
		this.etcd = new EtcdDiskFullChecks(reference);
		this.api = new ApiOverloadChecks(reference);
		this.scheduling = new SchedulingChecks(reference);
		this.nodes = new NodeNotReadyChecks(reference);
		this.dns = new DnsChecks(reference);
	}

	public List<Finding> check(ClusterFacts facts, Texts texts) {
		List<Finding> all = new ArrayList<>();
		all.addAll(etcd.check(facts, texts));
		all.addAll(api.check(facts, texts));
		all.addAll(scheduling.check(facts, texts));
		all.addAll(nodes.check(facts, texts));
		all.addAll(dns.check(facts, texts));
		return List.copyOf(all);
	}

}
