package dev.kubeprint.cluster.etcd;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTests {

	private static final String WHAT = "etcd at https://10.0.0.11:2379";

	@Test
	void failuresAreSaidInWords() {
		assertThat(Problems.describe(WHAT, new TimeoutException(), Duration.ofSeconds(3)))
			.isEqualTo("etcd at https://10.0.0.11:2379 did not answer within 3 s");
		assertThat(Problems.describe(WHAT,
				new ExecutionException(Status.DEADLINE_EXCEEDED.withDescription("deadline").asRuntimeException()),
				Duration.ofMillis(1500)))
			.isEqualTo("etcd at https://10.0.0.11:2379 did not answer within 1.5 s");
		assertThat(Problems.describe(WHAT, new ExecutionException(Status.UNAVAILABLE
			.withCause(new ConnectException("Connection refused"))
			.asRuntimeException()), Duration.ofSeconds(3)))
			.isEqualTo("etcd at https://10.0.0.11:2379 is unreachable: Connection refused");
		ConnectException httpClient = new ConnectException();
		httpClient.initCause(new ClosedChannelException());
		assertThat(Problems.describe("etcd metrics at http://10.0.0.11:2381/metrics", httpClient, Duration.ofSeconds(3)))
			.isEqualTo("etcd metrics at http://10.0.0.11:2381/metrics is unreachable: could not connect");
		assertThat(Problems.describe(WHAT,
				new ExecutionException(Status.PERMISSION_DENIED.withDescription("permission denied").asRuntimeException()),
				Duration.ofSeconds(3)))
			.isEqualTo("etcd at https://10.0.0.11:2379 refused the client credentials: PERMISSION_DENIED: permission denied");
	}

}
