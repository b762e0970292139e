package dev.kubeprint.cluster.live;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page is given up for the server's silence: time spent waiting for the response or inside a read counts, the
 * reader's own work between reads does not (as with a read timeout). Calls here are never executed; cancelling one
 * only marks it.
 */
class ListSilenceTests {

	private static final Duration LIMIT = Duration.ofMillis(100);

	private final OkHttpClient client = new OkHttpClient();

	private Call call() {
		return client.newCall(new Request.Builder().url("http://127.0.0.1:9/api/v1/pods").build());
	}

	@Test
	void aServerThatNeverAnswersIsGivenUp() {
		Call call = call();
		try (ListSilence silence = ListSilence.watch(call, LIMIT)) {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(call::isCanceled);
			assertThat(silence.expired()).isTrue();
			assertThat(silence.explained("pods")).hasMessage("the API server sent nothing for 100 ms while listing pods");
		}
	}

	@Test
	void aReadThatWaitsLongerThanTheLimitIsGivenUp() throws Exception {
		Call call = call();
		CountDownLatch released = new CountDownLatch(1);
		InputStream stalled = new InputStream() {

			@Override
			public int read() throws IOException {
				try {
					released.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return -1;
			}

		};
		try (ListSilence silence = ListSilence.watch(call, LIMIT)) {
			InputStream body = silence.listening(stalled);
			Thread reader = new Thread(() -> {
				try {
					body.read();
				}
				catch (IOException ex) {
					// not expected: the stream only waits
				}
			});
			reader.start();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(call::isCanceled);
			assertThat(silence.expired()).isTrue();
			released.countDown();
			reader.join(10_000);
		}
	}

	@Test
	void theReadersOwnWorkBetweenReadsIsNotSilence() throws Exception {
		Call call = call();
		try (ListSilence silence = ListSilence.watch(call, LIMIT)) {
			InputStream body = silence.listening(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
			assertThat(body.read()).isEqualTo(1);
			// The reader busy for several limits without reading: the page is not given up.
			Awaitility.await()
				.during(LIMIT.multipliedBy(4))
				.atMost(Duration.ofSeconds(10))
				.until(() -> !call.isCanceled());
			assertThat(silence.expired()).isFalse();
			assertThat(body.read(new byte[2], 0, 2)).isEqualTo(2);
		}
	}

}
