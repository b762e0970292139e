package dev.kubeprint.cluster.etcd;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import io.etcd.jetcd.cluster.Member;
import io.etcd.jetcd.cluster.MemberListResponse;
import io.etcd.jetcd.maintenance.AlarmMember;
import io.etcd.jetcd.maintenance.AlarmType;
import io.etcd.jetcd.maintenance.StatusResponse;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.config.EtcdProperties;

/**
 * A jetcd client bound to one endpoint. With one client per endpoint a dead or frozen member costs its own
 * calls a timeout while the others answer; a client balancing over all endpoints would hide which one failed.
 * Only read-only calls are made.
 */
final class EtcdEndpointClient implements AutoCloseable {

	// The key etcdctl endpoint health reads: any key would do, the point is a linearizable read through raft.
	private static final ByteSequence HEALTH_KEY = ByteSequence.from("health", StandardCharsets.UTF_8);

	private final String endpoint;

	private final String target;

	private final Duration timeout;

	private final Client client;

	/**
	 * @param observer sees every call before it is sent, for tests that prove the calls are read-only; null
	 * in production
	 */
	EtcdEndpointClient(String endpoint, EtcdProperties properties, ClientInterceptor observer) {
		this.endpoint = endpoint;
		this.timeout = properties.callTimeout();
		URI uri = URI.create(endpoint);
		if (uri.getHost() == null || uri.getPort() < 0) {
			throw new IllegalArgumentException("etcd endpoint " + endpoint + " needs a host and a port");
		}
		this.target = "ip:///" + uri.getHost() + ":" + uri.getPort();
		this.client = build(properties, observer);
	}

	/**
	 * Without waitForReady(false) a call to a dead member waits for the connection forever; the deadline on
	 * every call also ends the extra channel statusMember opens, which jetcd closes only once its call ends.
	 */
	private Client build(EtcdProperties properties, ClientInterceptor observer) {
		ClientBuilder builder = Client.builder()
			.target(target)
			.waitForReady(false)
			.connectTimeout(timeout)
			.retryMaxAttempts(1)
			.retryMaxDuration(timeout)
			.interceptor(new DeadlineInterceptor(timeout));
		if (observer != null) {
			builder.interceptor(observer);
		}
		if (properties.tls()) {
			try {
				builder.sslContext((ssl) -> {
					if (properties.caFile() != null) {
						ssl.trustManager(properties.caFile().toFile());
					}
					if (properties.certFile() != null) {
						ssl.keyManager(properties.certFile().toFile(), properties.keyFile().toFile());
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalArgumentException("etcd client TLS files cannot be used: " + ex.getMessage(), ex);
			}
		}
		return builder.build();
	}

	/**
	 * Asks status, health and member list at once and waits for all of them together, so one endpoint takes
	 * at most about one timeout whatever state its member is in.
	 */
	Answer ask() {
		long deadline = System.nanoTime() + timeout.toNanos();
		CompletableFuture<StatusResponse> status = client.getMaintenanceClient().statusMember(target);
		CompletableFuture<GetResponse> health = client.getKVClient()
			.get(HEALTH_KEY, GetOption.builder().withSerializable(false).withCountOnly(true).build());
		CompletableFuture<MemberListResponse> members = client.getClusterClient().listMember();
		String what = "etcd at " + endpoint;

		EtcdStatusFact statusFact = null;
		String problem = "";
		try {
			statusFact = status(await(status, deadline));
		}
		catch (Exception ex) {
			problem = Problems.describe(what, ex, timeout);
		}
		boolean healthy;
		String healthProblem = "";
		try {
			await(health, deadline);
			healthy = true;
		}
		catch (Exception ex) {
			// With authentication on, a denied read has still been through raft: the member works.
			healthy = Problems.permissionDenied(ex);
			healthProblem = healthy ? "" : Problems.describe("a read through " + endpoint, ex, timeout);
		}
		List<EtcdMemberFact> memberFacts = null;
		try {
			memberFacts = await(members, deadline).getMembers().stream().map(EtcdEndpointClient::member).toList();
		}
		catch (Exception ex) {
			// The member list of another endpoint will do; a failure here shows in the status already.
		}
		return new Answer(new EtcdEndpointFact(endpoint, statusFact, problem, healthy, healthProblem), memberFacts);
	}

	/**
	 * The cluster's alarms. etcd 3.4 and 3.5 put even the listing through raft, as a proposal; so it is asked
	 * of one healthy member per poll, not of every member.
	 */
	Alarms alarms() {
		try {
			List<EtcdAlarmFact> alarms = await(client.getMaintenanceClient().listAlarms(),
					System.nanoTime() + timeout.toNanos())
				.getAlarms()
				.stream()
				.filter((a) -> a.getAlarmType() != AlarmType.NONE)
				.map(EtcdEndpointClient::alarm)
				.toList();
			return new Alarms(alarms, "");
		}
		catch (Exception ex) {
			return new Alarms(null, Problems.describe("the alarm list from " + endpoint, ex, timeout));
		}
	}

	private static <T> T await(CompletableFuture<T> future, long deadline) throws Exception {
		try {
			return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw ex;
		}
	}

	private static EtcdStatusFact status(StatusResponse response) {
		return new EtcdStatusFact(response.getHeader().getMemberId(), response.getVersion(), response.getDbSize(),
				response.getDbSizeInUse(), response.getLeader(), response.getRaftTerm(), response.getRaftIndex(),
				response.getRaftAppliedIndex(), response.isLearner(), response.getErrorList());
	}

	private static EtcdMemberFact member(Member member) {
		return new EtcdMemberFact(member.getId(), member.getName(),
				member.getPeerURIs().stream().map(URI::toString).toList(),
				member.getClientURIs().stream().map(URI::toString).toList(), member.isLearner());
	}

	/**
	 * jetcd's alarm enum stops at NOSPACE; etcd's CORRUPT (2) arrives as UNRECOGNIZED, and it is the only
	 * other alarm etcd 3.4 and 3.5 raise.
	 */
	private static EtcdAlarmFact alarm(AlarmMember alarm) {
		EtcdAlarmFact.Type type = (alarm.getAlarmType() == AlarmType.NOSPACE) ? EtcdAlarmFact.Type.NOSPACE
				: EtcdAlarmFact.Type.CORRUPT;
		return new EtcdAlarmFact(alarm.getMemberId(), type);
	}

	@Override
	public void close() {
		client.close();
	}

	/**
	 * What one endpoint said.
	 * @param members null when the member list could not be had from this endpoint
	 */
	record Answer(EtcdEndpointFact endpoint, List<EtcdMemberFact> members) {
	}

	/**
	 * @param alarms null when the alarm list could not be had, with the reason in {@code problem}
	 */
	record Alarms(List<EtcdAlarmFact> alarms, String problem) {
	}

	private record DeadlineInterceptor(Duration timeout) implements ClientInterceptor {

		@Override
		public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
				Channel next) {
			return next.newCall(method, options.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS));
		}

	}

}
