package dev.kubeprint.cluster.facts;

/**
 * Something a source could not read, said for a person: which file or request, and why.
 *
 * @param where a file name, an object ("pods kube-system/foo in pods.json") or a request
 * @param reason what went wrong, in words
 */
public record SourceProblem(String where, String reason) {
}
