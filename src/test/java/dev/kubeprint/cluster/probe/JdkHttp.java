package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The probes' fetchers over the JDK's HttpClient, as the tests' stand-in for the live source's
 * authenticated client: real HTTP to WireMock, with real timeouts and real connection failures.
 */
final class JdkHttp implements ApiServerHttp, ComponentHttp {

	private final HttpClient client;

	private final URI base;

	private final Duration timeout;

	private JdkHttp(HttpClient client, URI base, Duration timeout) {
		this.client = client;
		this.base = base;
		this.timeout = timeout;
	}

	static JdkHttp apiServer(String baseUrl, Duration timeout) {
		return new JdkHttp(HttpClient.newBuilder().connectTimeout(timeout).build(), URI.create(baseUrl), timeout);
	}

	/** For WireMock's self-signed HTTPS, as the components serve it; test-only, never send a token so. */
	static JdkHttp trustingAnyCertificate(Duration timeout) throws Exception {
		SSLContext tls = SSLContext.getInstance("TLS");
		// An X509ExtendedTrustManager, because the JDK wraps a plain X509TrustManager in host name checks.
		tls.init(null, new TrustManager[] { new X509ExtendedTrustManager() {

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}

		} }, new SecureRandom());
		return new JdkHttp(HttpClient.newBuilder().connectTimeout(timeout).sslContext(tls).build(), null, timeout);
	}

	@Override
	public HttpAnswer get(String pathAndQuery) throws IOException {
		return get(base.resolve(pathAndQuery));
	}

	@Override
	public HttpAnswer get(URI uri) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new HttpAnswer(response.statusCode(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

}
