package dev.kubeprint.cluster.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import dev.kubeprint.config.KubeprintProperties.Compression;

/**
 * One cluster's HTTP access: client-java's ApiClient for the server address, TLS and authentication (tokens,
 * token files, client certificates, exec plugins), and nothing of its generated API: requests are raw GETs
 * whose bodies the source streams itself.
 */
public final class ClusterConnection {

	/** Builds the ApiClient, reading the kubeconfig or the service-account files afresh each time. */
	@FunctionalInterface
	public interface ClientFactory {

		ApiClient create() throws Exception;

	}

	/**
	 * The clients built from one reading of the credentials, sharing one connection pool. Small requests get a read
	 * timeout. Streams (list pages and watches) do not: a quiet watch is silent for minutes by design, and a read
	 * timeout is armed and disarmed on every socket read, which for a list of 1.4 GB woke OkHttp's watchdog thread
	 * about 170,000 times (a tenth of the sync's CPU). A watch is bounded by a call timeout of its own, a list page
	 * by {@link ListSilence}, so a connection that died mid-list or mid-watch is still given up.
	 */
	record Clients(ApiClient api, OkHttpClient requests, OkHttpClient streams, boolean gzip) {
	}

	private static final String[] AUTH = { "BearerToken" };

	private final ClientFactory factory;

	private final Duration listTimeout;

	private volatile Clients clients;

	private final CompressionChoice compressionChoice;

	private ClusterConnection(ClientFactory factory, Duration listTimeout, Compression compression, boolean inCluster,
			ApiClient api) {
		this.factory = factory;
		this.listTimeout = listTimeout;
		this.compressionChoice = CompressionChoice.decide(compression, inCluster, api.getBasePath());
		this.clients = build(api, listTimeout, compressionChoice.gzip());
	}

	/** Reads the configuration once; throws with the reason when it is unusable. */
	static ClusterConnection open(ClientFactory factory, Duration listTimeout) throws Exception {
		return open(factory, listTimeout, Compression.AUTO, false);
	}

	/** @param inCluster whether the server is the one of the cluster this pod runs in, which {@code auto} reads */
	static ClusterConnection open(ClientFactory factory, Duration listTimeout, Compression compression,
			boolean inCluster) throws Exception {
		return new ClusterConnection(factory, listTimeout, compression, inCluster, factory.create());
	}

	private static Clients build(ApiClient api, Duration listTimeout, boolean gzip) {
		OkHttpClient base = api.getHttpClient();
		OkHttpClient requests = base.newBuilder().readTimeout(listTimeout).build();
		OkHttpClient streams = base.newBuilder().readTimeout(Duration.ZERO).build();
		return new Clients(api, requests, streams, gzip);
	}

	/** Decided once per connection, from the server address as first read. */
	CompressionChoice compression() {
		return compressionChoice;
	}

	Clients clients() {
		return clients;
	}

	String server() {
		return clients.api().getBasePath();
	}

	/**
	 * Re-reads the credentials after the server refused the ones in {@code refused}. Many kinds meet the same
	 * 401 together; only the first rebuilds, the others find the new clients already in place.
	 */
	synchronized void refreshCredentials(Clients refused) throws Exception {
		if (clients == refused) {
			clients = build(factory.create(), listTimeout, compressionChoice.gzip());
			// Calls still open on the old clients finish on their own; idle connections go now, not in 5 minutes.
			refused.requests().connectionPool().evictAll();
		}
	}

	/** Drops idle connections; open calls are cancelled by their owners. */
	void close() {
		clients.requests().connectionPool().evictAll();
	}

	/** A GET whose answer is small, under the read timeout. */
	static Call get(Clients clients, String path, List<Pair> query) throws ApiException {
		return clients.requests().newCall(request(clients, path, query));
	}

	/** One page of a list; its reader bounds the server's silence (see {@link ListSilence}). */
	static Call page(Clients clients, String path, List<Pair> query) throws ApiException {
		return clients.streams().newCall(request(clients, path, query));
	}

	/** The call is abandoned a while after the server should have ended it, in case the connection died. */
	static Call watch(Clients clients, String path, List<Pair> query, int timeoutSeconds) throws ApiException {
		Call call = clients.streams().newCall(request(clients, path, query));
		call.timeout().timeout(timeoutSeconds + 60L, TimeUnit.SECONDS);
		return call;
	}

	static Call get(Clients clients, String path) throws ApiException {
		return get(clients, path, List.of());
	}

	private static Request request(Clients clients, String path, List<Pair> query) throws ApiException {
		ApiClient api = clients.api();
		// client-java adds the credentials into these collections, so they must be fresh and mutable.
		Map<String, String> headers = new HashMap<>();
		headers.put("Accept", "application/json");
		if (!clients.gzip()) {
			// OkHttp asks for gzip by itself (and inflates it) unless a request names its own encoding.
			headers.put("Accept-Encoding", "identity");
		}
		return api.buildRequest(api.getBasePath(), path, "GET", new ArrayList<>(query), new ArrayList<>(), null,
				headers, new HashMap<>(), new HashMap<>(), AUTH, null);
	}

}
