package dev.kubeprint.cluster.probe;

import java.io.IOException;

/**
 * GETs a path of the API server with Kubeprint' credentials. The live source implements it with the
 * authenticated client of its cluster; the probe does not know how a request is sent, only what came back.
 * Implementations must time out (connect and read): the probe waits for each answer.
 */
@FunctionalInterface
public interface ApiServerHttp {

	/**
	 * @param pathAndQuery e.g. "/readyz?verbose"
	 * @throws IOException when no HTTP answer came: refused, timed out, TLS failed
	 */
	HttpAnswer get(String pathAndQuery) throws IOException;

}
