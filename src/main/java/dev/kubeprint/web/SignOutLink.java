package dev.kubeprint.web;

/**
 * Where the layout's sign-out goes, when the reader signed in here or through a proxy that can sign them out.
 *
 * @param form true for a POST to {@code url} with the session's CSRF token, false for a plain link
 */
public record SignOutLink(boolean form, String url) {
}
