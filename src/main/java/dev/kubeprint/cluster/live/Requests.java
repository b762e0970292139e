package dev.kubeprint.cluster.live;

import io.kubernetes.client.openapi.ApiException;
import okhttp3.Call;

import dev.kubeprint.cluster.live.ClusterConnection.Clients;

/**
 * The request a watch loop has open, so that closing the loop cancels it at once, and the clients it was sent
 * with, so that a 401 refreshes exactly the credentials that were refused.
 */
final class Requests {

	/** Makes the call with the connection's current clients. */
	interface Opener {

		Call open(Clients clients) throws ApiException;

	}

	private final ClusterConnection connection;

	private volatile Call inFlight;

	private Clients lastClients;

	Requests(ClusterConnection connection) {
		this.connection = connection;
	}

	/** The call, made and tracked; {@link #done()} must follow once its response is closed. */
	Call open(Opener opener) throws ApiException {
		Clients clients = connection.clients();
		lastClients = clients;
		Call call = opener.open(clients);
		inFlight = call;
		return call;
	}

	void done() {
		inFlight = null;
	}

	void cancel() {
		Call call = inFlight;
		if (call != null) {
			call.cancel();
		}
	}

	void refreshCredentials() throws Exception {
		connection.refreshCredentials(lastClients);
	}

	String server() {
		return connection.server();
	}

}
