package dev.kubeprint.cluster.facts;

import java.util.List;
import java.util.Optional;


/**
 * What polling found about the parts of a cluster that have no watch: the API server's own health and
 * metrics, and etcd read directly.
 *
 * @param apiServer the last answer of the API server probe, if one runs for this cluster
 * @param apiServerAbsent why there is none, in words (a snapshot holds no probe answers)
 * @param etcd the last poll of etcd, if etcd endpoints are configured
 * @param etcdAbsent why there is none, in words
 * @param components what the scheduler's, controller-managers' /healthz said, per instance; empty when not probed
 * @param captured set when the API server or etcd answers come from captures in a dump, not from a live probe
 */
public record ProbeFacts(Optional<ApiServerFacts> apiServer, String apiServerAbsent, Optional<EtcdFacts> etcd,
		String etcdAbsent, List<ComponentHealth> components, Optional<ProbeCapture> captured) {

	public ProbeFacts {
		components = List.copyOf(components);
	}

	public ProbeFacts(Optional<ApiServerFacts> apiServer, String apiServerAbsent, Optional<EtcdFacts> etcd,
			String etcdAbsent, List<ComponentHealth> components) {
		this(apiServer, apiServerAbsent, etcd, etcdAbsent, components, Optional.empty());
	}

	/** Answers captured in a dump; each part that was not captured is absent with its reason. */
	public static ProbeFacts captured(Optional<ApiServerFacts> apiServer, String apiServerAbsent,
			Optional<EtcdFacts> etcd, String etcdAbsent, ProbeCapture capture) {
		return new ProbeFacts(apiServer, apiServerAbsent, etcd, etcdAbsent, List.of(), Optional.of(capture));
	}

	public static final String NO_ETCD = "etcd is not read directly: set kubeprint.clusters[].etcd.endpoints "
			+ "and the client certificate (kubeadm's apiserver-etcd-client) to see its members, quorum and database";

	public static ProbeFacts none(String apiServerAbsent, String etcdAbsent) {
		return new ProbeFacts(Optional.empty(), apiServerAbsent, Optional.empty(), etcdAbsent, List.of());
	}

	public ProbeFacts withApiServer(ApiServerFacts facts) {
		return new ProbeFacts(Optional.of(facts), "", etcd, etcdAbsent, components, captured);
	}

	public ProbeFacts withEtcd(EtcdFacts facts) {
		return new ProbeFacts(apiServer, apiServerAbsent, Optional.of(facts), "", components, captured);
	}

	public ProbeFacts withEtcdAbsent(String reason) {
		return new ProbeFacts(apiServer, apiServerAbsent, Optional.empty(), reason, components, captured);
	}

	public ProbeFacts withComponents(List<ComponentHealth> healths) {
		return new ProbeFacts(apiServer, apiServerAbsent, etcd, etcdAbsent, healths, captured);
	}

	/**
	 * These probes over what the source's facts already hold: a part this side does not probe itself (a
	 * snapshot's API server, etcd without configuration) is taken from {@code inner}, captures included.
	 */
	public ProbeFacts over(ProbeFacts inner, boolean probesApiServer, boolean readsEtcd) {
		if (probesApiServer && readsEtcd) {
			return this;
		}
		return new ProbeFacts(probesApiServer ? apiServer : inner.apiServer,
				probesApiServer ? apiServerAbsent : inner.apiServerAbsent, readsEtcd ? etcd : inner.etcd,
				readsEtcd ? etcdAbsent : inner.etcdAbsent, components, inner.captured);
	}

}
