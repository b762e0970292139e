package dev.kubeprint.health;

/**
 * The panel that shows a finding's subject, so a finding leads to the picture and back.
 *
 * @param page the page's path below /clusters/{cluster} ("" for the overview, "etcd", "nodes" …)
 * @param panel the panel's id on that page
 */
public record PanelLink(String page, String panel) {

	/** Where it is for a cluster: /clusters/{cluster}/{page}#panel-{panel}; the cluster name is URL-encoded by the caller. */
	public String href(String encodedCluster) {
		return "/clusters/" + encodedCluster + (page.isEmpty() ? "" : "/" + page) + "#panel-" + panel;
	}

}
