package dev.kubeprint.web;

import java.time.Instant;
import java.util.List;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.KindListing;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.SourceProblem;

/**
 * Where the data comes from and how old it is, on every page: what was read, what could not be, and why.
 *
 * @param observedAt the moment the facts describe (a snapshot's capture time)
 * @param stale whether a live cluster's data is older than the configured staleness
 * @param unavailable every kind of fact that is not OK, with its reason
 * @param headline when one failure explains most of the page (the whole cluster unreachable, credentials
 * refused), that failure in words, to be said first; else empty
 * @param failing whether anything is failing rather than merely absent from a snapshot
 * @param captureUnknown a snapshot none of whose objects holds a timestamp: when it was taken is not known,
 * and {@code observedAt} is only when it was read
 * @param listing every LIST under way, first lists and relists alike, with how far each has come
 * @param loading how many kinds have not been read once yet: while any has not, what the page shows is partial
 * and panels that depend on such a kind say so instead of concluding
 */
public record StatusView(ClusterIdentity cluster, long version, Instant observedAt, boolean stale,
		long staleAfterSeconds, List<SourceProblem> problems, List<KindStatus> unavailable, String headline,
		boolean failing, boolean captureUnknown, List<KindListing> listing, int loading, int kinds) {

	public StatusView {
		problems = List.copyOf(problems);
		unavailable = List.copyOf(unavailable);
		listing = List.copyOf(listing);
	}

	public boolean partial() {
		return loading > 0;
	}

	/** @param resource as RBAC and kubectl name it, e.g. "persistentvolumes" */
	public record KindStatus(String resource, Availability availability) {
	}

}
