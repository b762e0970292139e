package dev.kubeprint.cluster.probe;

/**
 * What a server answered to a GET, whatever the status: probes read 403 and 500 bodies too.
 *
 * @param status the HTTP status code
 * @param body the body as text, "" when there was none
 */
public record HttpAnswer(int status, String body) {

	public HttpAnswer {
		body = (body != null) ? body : "";
	}

}
