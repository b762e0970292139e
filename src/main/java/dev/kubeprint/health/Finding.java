package dev.kubeprint.health;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check concluded about one subject: how bad, on what facts, why, what to do, and the command that shows
 * more. Worded like Popeye or kube-bench findings; "unknown" with its reason when the facts cannot decide.
 *
 * @param check the check's stable id ("etcd-disk-full", "checklist.readyz"); a metric label and a URL anchor, so
 * never localized
 * @param level how much it needs a person
 * @param subject what it is about, as an SRE names it ("node worker-3", "etcd", "Pending pods: Insufficient cpu");
 * together with {@code check} it identifies the finding
 * @param summary one line saying what is the matter, or that it is fine, or why it is unknown
 * @param evidence the facts it rests on, each with where from and how old
 * @param cause why it is so as far as the facts tell; "" when they do not
 * @param remedy what to do about it; "" when nothing is to be done
 * @param command the read-only command that shows more, filled in for this subject; "" when none
 * @param link documentation or runbook to read; "" when none
 * @param panel the panel that shows the subject; null when no page shows it
 */
public record Finding(String check, FindingLevel level, String subject, String summary, List<Evidence> evidence,
		String cause, String remedy, String command, String link, PanelLink panel) {

	public Finding {
		evidence = List.copyOf(evidence);
		cause = orEmpty(cause);
		remedy = orEmpty(remedy);
		command = orEmpty(command);
		link = orEmpty(link);
	}

	/** A finding with only its level and summary; the withers add the rest. */
	public static Finding of(String check, FindingLevel level, String subject, String summary) {
		return new Finding(check, level, subject, summary, List.of(), "", "", "", "", null);
	}

	public Finding evidence(Evidence... more) {
		List<Evidence> all = new ArrayList<>(evidence);
		all.addAll(List.of(more));
		return new Finding(check, level, subject, summary, all, cause, remedy, command, link, panel);
	}

	public Finding evidence(List<Evidence> more) {
		return evidence(more.toArray(Evidence[]::new));
	}

	public Finding cause(String text) {
		return new Finding(check, level, subject, summary, evidence, text, remedy, command, link, panel);
	}

	public Finding remedy(String text) {
		return new Finding(check, level, subject, summary, evidence, cause, text, command, link, panel);
	}

	public Finding command(String text) {
		return new Finding(check, level, subject, summary, evidence, cause, remedy, text, link, panel);
	}

	public Finding link(String url) {
		return new Finding(check, level, subject, summary, evidence, cause, remedy, command, url, panel);
	}

	public Finding panel(String page, String panelId) {
		return new Finding(check, level, subject, summary, evidence, cause, remedy, command, link,
				new PanelLink(page, panelId));
	}

	/** An anchor unique on the findings page, for links from panels. */
	public String anchor() {
		// The hash keeps two subjects apart that differ only in characters an id cannot hold.
		return "finding-" + (check + "-" + subject).replaceAll("[^A-Za-z0-9_-]+", "-") + "-"
				+ Integer.toHexString(subject.hashCode());
	}

	private static String orEmpty(String text) {
		return text != null ? text : "";
	}

}
