package dev.kubeprint.cluster.live;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.Availability.State;
import dev.kubeprint.cluster.live.FailurePolicy.Answered;
import dev.kubeprint.cluster.live.FailurePolicy.Broken;
import dev.kubeprint.cluster.live.FailurePolicy.Decision;
import dev.kubeprint.cluster.live.FailurePolicy.Retries;
import dev.kubeprint.cluster.live.FailurePolicy.Unreachable;

import static org.assertj.core.api.Assertions.assertThat;

/** Each failure the API server can give, and what the kind shows and waits because of it. */
class FailurePolicyTests {

	private static final String SERVER = "https://10.0.0.1:6443";

	private static final Instant SYNCED = Instant.parse("2026-11-20T10:00:00Z");

	private final FailurePolicy policy = new FailurePolicy(Duration.ofMillis(800), Duration.ofSeconds(30),
			Duration.ofMinutes(5));

	private static Answered answered(int code, String message) {
		return new Answered(new ApiFailure(code, message, Optional.empty()), "list", "pods");
	}

	private Decision decide(FailurePolicy.Failure failure) {
		return policy.decide(failure, policy.start(), SYNCED, 0);
	}

	@Test
	void aFirst401ReadsTheCredentialsAgainAndRetriesAtOnceShowingNothing() {
		Decision decision = decide(answered(401, "Unauthorized"));
		assertThat(decision.publish()).isEmpty();
		assertThat(decision.retryIn()).isZero();
		assertThat(decision.next().unauthorized()).isTrue();
		assertThat(decision.relist()).isFalse();
	}

	@Test
	void a401AfterReadingThemAgainIsUnreachableAndBacksOff() {
		Decision first = decide(answered(401, "Unauthorized"));
		Decision second = policy.decide(answered(401, "Unauthorized"), first.next(), SYNCED, 0);
		Availability availability = second.publish().orElseThrow();
		assertThat(availability.state()).isEqualTo(State.UNREACHABLE);
		assertThat(availability.reason()).isEqualTo("unauthorized: Unauthorized — the credentials of this cluster"
				+ " were refused, also after reading them again");
		assertThat(second.retryIn()).isEqualTo(Duration.ofMillis(800));
		assertThat(second.next()).isEqualTo(new Retries(1600, true));
	}

	@Test
	void a403IsForbiddenWithTheVerbAndResourceAndRetriedSlowlyWithAFreshList() {
		Decision decision = decide(answered(403, "pods is forbidden: User \"x\" cannot list resource \"pods\""));
		Availability availability = decision.publish().orElseThrow();
		assertThat(availability.state()).isEqualTo(State.FORBIDDEN);
		assertThat(availability.verb()).isEqualTo("list");
		assertThat(availability.resource()).isEqualTo("pods");
		assertThat(availability.reason()).startsWith("forbidden: list pods — grant it in the ClusterRole (pods is");
		assertThat(decision.retryIn()).isEqualTo(Duration.ofMinutes(5));
		assertThat(decision.relist()).isTrue();
	}

	@Test
	void a404IsNotApplicableAndRetriedSlowly() {
		Decision decision = decide(answered(404, "not found"));
		assertThat(decision.publish().orElseThrow().state()).isEqualTo(State.NOT_APPLICABLE);
		assertThat(decision.publish().orElseThrow().reason())
			.isEqualTo("the API server does not serve pods (404 Not Found); it is older or this API is disabled");
		assertThat(decision.retryIn()).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void a410RelistsOnlyThisKindAtOnceShowingNothing() {
		Retries retries = new Retries(3200, false);
		Decision decision = policy.decide(answered(410, "too old resource version"), retries, SYNCED, 0);
		assertThat(decision.publish()).isEmpty();
		assertThat(decision.retryIn()).isZero();
		assertThat(decision.relist()).isTrue();
		assertThat(decision.next()).isEqualTo(retries);
	}

	@Test
	void a429WaitsWhatRetryAfterSaysAndLeavesTheBackoffWhereItWas() {
		Answered throttled = new Answered(new ApiFailure(429, "slow down", Optional.of(Duration.ofSeconds(7))),
				"watch", "pods");
		Decision decision = decide(throttled);
		Availability availability = decision.publish().orElseThrow();
		assertThat(availability.state()).isEqualTo(State.STALE);
		assertThat(availability.since()).isEqualTo(SYNCED);
		assertThat(availability.reason())
			.isEqualTo("throttled: the API server answered 429 Too Many Requests (slow down)");
		assertThat(decision.retryIn()).isEqualTo(Duration.ofSeconds(7));
		assertThat(decision.next()).isEqualTo(policy.start());
	}

	@Test
	void a429WithoutRetryAfterBacksOff() {
		Decision decision = decide(answered(429, "slow down"));
		assertThat(decision.retryIn()).isEqualTo(Duration.ofMillis(800));
		assertThat(decision.next().stepMillis()).isEqualTo(1600);
	}

	@Test
	void anyOtherAnswerIsSaidWithItsCodeAndBacksOff() {
		Decision decision = decide(answered(500, "etcdserver: request timed out"));
		assertThat(decision.publish().orElseThrow().reason())
			.isEqualTo("the API server answered 500: etcdserver: request timed out");
		assertThat(decision.retryIn()).isEqualTo(Duration.ofMillis(800));
	}

	@Test
	void connectionRefusedIsStaleWhenTheKindWasSyncedAndUnreachableWhenItNeverWas() {
		Unreachable refused = new Unreachable(new ConnectException("Connection refused"), SERVER);
		Availability stale = policy.decide(refused, policy.start(), SYNCED, 0).publish().orElseThrow();
		assertThat(stale.state()).isEqualTo(State.STALE);
		assertThat(stale.since()).isEqualTo(SYNCED);
		assertThat(stale.reason()).isEqualTo("unreachable: connection refused to " + SERVER);
		Availability never = policy.decide(refused, policy.start(), null, 0).publish().orElseThrow();
		assertThat(never.state()).isEqualTo(State.UNREACHABLE);
		assertThat(never.reason()).isEqualTo("unreachable: connection refused to " + SERVER);
	}

	@Test
	void aTimeoutIsSaidAsOne() {
		Decision decision = decide(new Unreachable(new SocketTimeoutException("read timed out"), SERVER));
		assertThat(decision.publish().orElseThrow().reason()).isEqualTo("unreachable: timed out talking to " + SERVER);
		assertThat(decision.relist()).isFalse();
	}

	@Test
	void aListPageGivenUpForSilenceSaysForHowLongAndWhat() {
		Decision decision = decide(new Unreachable(
				new ListSilence.Silent("the API server sent nothing for 60 s while listing pods"), SERVER));
		assertThat(decision.publish().orElseThrow().reason())
			.isEqualTo("unreachable: the API server sent nothing for 60 s while listing pods (" + SERVER + ")");
	}

	@Test
	void backoffDoublesFromPointEightSecondsToThirtyWithTwentyPercentJitter() {
		Retries retries = policy.start();
		long[] waits = new long[8];
		for (int i = 0; i < waits.length; i++) {
			Decision decision = policy.decide(new Unreachable(new ConnectException(), SERVER), retries, SYNCED, 0);
			waits[i] = decision.retryIn().toMillis();
			retries = decision.next();
		}
		assertThat(waits).containsExactly(800, 1600, 3200, 6400, 12800, 25600, 30000, 30000);
		assertThat(policy.decide(new Unreachable(new ConnectException(), SERVER), policy.start(), SYNCED, -1)
			.retryIn()).isEqualTo(Duration.ofMillis(640));
		assertThat(policy.decide(new Unreachable(new ConnectException(), SERVER), policy.start(), SYNCED, 0.999)
			.retryIn()).isEqualTo(Duration.ofMillis(959));
		assertThat(policy.pause(new Retries(30_000, false), 0.999).retryIn()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void anUnreadableListIsListedAgainAfterABackoff() {
		Decision decision = decide(new Broken("the API server sent malformed JSON for pods: x", true));
		assertThat(decision.publish().orElseThrow().reason()).isEqualTo("the API server sent malformed JSON for pods: x");
		assertThat(decision.relist()).isTrue();
		assertThat(decision.retryIn()).isEqualTo(Duration.ofMillis(800));
		assertThat(decide(new Broken("cannot read pods: x", false)).relist()).isFalse();
	}

}
