package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * GET /healthz of kube-scheduler, kube-controller-manager and cloud-controller-manager. These serve
 * self-signed certificates by default and allow /healthz without credentials, so the certificate is not
 * checked and NO credentials are sent: the answer is evidence of health, never something a token is
 * entrusted to.
 */
public final class HealthzHttp implements ComponentHttp {

	/** A healthz body is "ok" or a short list of checks; more is not read. */
	private static final int MAX_BODY = 64 * 1024;

	private final SSLSocketFactory sockets;

	private final Duration timeout;

	public HealthzHttp(Duration timeout) {
		this.timeout = timeout;
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new AcceptAnyCertificate() }, null);
			this.sockets = context.getSocketFactory();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("TLS is not available", ex);
		}
	}

	@Override
	public HttpAnswer get(URI uri) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
		if (connection instanceof HttpsURLConnection https) {
			https.setSSLSocketFactory(sockets);
			https.setHostnameVerifier((host, session) -> true);
		}
		connection.setConnectTimeout((int) timeout.toMillis());
		connection.setReadTimeout((int) timeout.toMillis());
		connection.setInstanceFollowRedirects(false);
		try {
			int status = connection.getResponseCode();
			InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
			String text = body == null ? "" : new String(body.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
			return new HttpAnswer(status, text);
		}
		finally {
			connection.disconnect();
		}
	}

	private static final class AcceptAnyCertificate implements X509TrustManager {

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

	}

}
