package dev.kubeprint.web;

/**
 * A page of a cluster in the top navigation. Each feature declares its own as a bean, so adding a page
 * never means editing the layout.
 *
 * @param order position from the left
 * @param path below /clusters/{cluster}, e.g. "" for the overview or "/storage"
 * @param messageKey the page's name in the message bundles
 */
public record NavigationItem(int order, String path, String messageKey) {
}
