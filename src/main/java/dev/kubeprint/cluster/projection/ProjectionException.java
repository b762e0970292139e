package dev.kubeprint.cluster.projection;

/** An object whose shape is not what the API defines; the object is skipped and named, the rest goes on. */
public class ProjectionException extends RuntimeException {

	public ProjectionException(String message) {
		super(message);
	}

}
