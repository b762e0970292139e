package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Probe answers that were captured into a dump rather than asked live: when, as far as the dump tells, and from
 * which files. A captured answer is what the server said then, never what it says now.
 *
 * @param at the dump's capture time (the newest timestamp in its objects); empty when no object holds one
 * @param files the capture files read, as named in the dump
 */
public record ProbeCapture(Optional<Instant> at, List<String> files) {

	public ProbeCapture {
		files = List.copyOf(files);
	}

}
