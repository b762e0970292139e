package dev.kubeprint.cluster.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

import dev.kubeprint.cluster.probe.ApiServerHttp;
import dev.kubeprint.cluster.probe.HttpAnswer;

/**
 * The API server probe's GETs through the cluster's own authenticated client, so /readyz and /metrics are read
 * with the same credentials, TLS and refresh as the lists and watches.
 */
final class ConnectionHttp implements ApiServerHttp {

	/** A /metrics of a busy server is tens of megabytes; more than this is cut, and the probe says so. */
	private static final int MAX_BODY = 64 << 20;

	private final ClusterConnection connection;

	private final Duration timeout;

	ConnectionHttp(ClusterConnection connection, Duration timeout) {
		this.connection = connection;
		this.timeout = timeout;
	}

	@Override
	public HttpAnswer get(String pathAndQuery) throws IOException {
		int q = pathAndQuery.indexOf('?');
		String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
		List<Pair> query = new ArrayList<>();
		if (q >= 0) {
			for (String pair : pathAndQuery.substring(q + 1).split("&")) {
				int eq = pair.indexOf('=');
				query.add(new Pair(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1)));
			}
		}
		Call call;
		try {
			call = ClusterConnection.get(connection.clients(), path, query);
		}
		catch (ApiException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		call.timeout().timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		try (Response response = call.execute()) {
			ResponseBody body = response.body();
			String text = "";
			if (body != null) {
				try (InputStream in = body.byteStream()) {
					text = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
				}
			}
			return new HttpAnswer(response.code(), text);
		}
	}

}
