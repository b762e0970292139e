package dev.kubeprint.web;

/**
 * A panel ready to render.
 *
 * @param etag a digest of the view: equal etags mean equal content, so a client holding it needs nothing
 * @param path the page's segment, for a paged panel's own URL
 * @param part empty unless the panel is shown a page at a time; see {@link Panel#part()}
 * @param findings what the findings say of this panel's subjects, for a link to them; null when nothing
 * @param renderings its HTML once rendered, shared by every reader of this cut
 */
public record PanelState(String id, String template, String fragment, Object view, String etag, String path,
		String part, PanelFindings.Badge findings, PanelRenderings renderings) {

	public boolean paged() {
		return !part.isEmpty();
	}

	/** The query a panel sorted and filtered on the server refreshes with; null for any other panel. */
	public PanelQuery query() {
		return view instanceof PanelQuery.Queried queried ? queried.query() : null;
	}

}
