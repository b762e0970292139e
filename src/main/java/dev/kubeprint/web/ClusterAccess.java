package dev.kubeprint.web;

/**
 * What the reader of the current request may see. The web layer asks; access control (web.access) answers, so
 * that navigation, "/" and the cluster list never name a cluster the reader may not open.
 */
public interface ClusterAccess {

	/** The name viewer tokens use for the overview, whose path is empty. */
	String OVERVIEW = "overview";

	boolean maySee(String cluster);

	/** @param page a page's path as declared, "" for the overview */
	boolean maySeePage(String page);

	/** Anonymous reading beyond loopback, allowed by the operator: every page says so. */
	boolean openToAnyone();

	static String pageName(String path) {
		return path == null || path.isEmpty() ? OVERVIEW : path;
	}

}
