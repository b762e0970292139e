package dev.kubeprint.findings;

import java.util.List;

import dev.kubeprint.health.Finding;
import dev.kubeprint.web.Analysis;

/**
 * A family of checks a feature owns, registered as a bean: the findings page, the checklist, the metrics export
 * and the alert rules read every family through {@link FindingsPage#findings}, so a feature adds checks without
 * touching any of them.
 *
 * @param name the family's name, for logs and the order of the findings page
 * @param analysis the findings for the latest facts, computed once per facts version and language like any
 * analysis, and so free to read other analyses (a feature's view) as its input
 */
public record CheckFamily(String name, Analysis<List<Finding>> analysis) {
}
