package dev.kubeprint.web;

/**
 * A panel ready to render.
 *
 * @param etag a digest of the view: equal etags mean equal content, so a client holding it needs nothing
 */
public record PanelState(String id, String template, String fragment, Object view, String etag) {
}
