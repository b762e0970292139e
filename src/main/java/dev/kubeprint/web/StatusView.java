package dev.kubeprint.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.KindListing;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.SourceProblem;

/**
 * Where the data comes from and how old it is, on every page: what was read, what could not be, and why.
 *
 * @param observedAt the moment the facts describe (a snapshot's capture time)
 * @param stale whether a live cluster's data is older than the configured staleness, or some kind of it could not be
 * refreshed (its last list is still shown)
 * @param olderThanStaleness whether the data as a whole is older than the staleness; when only some kinds are stale,
 * it is not, and saying "no fresh data for more than 60 s" would claim too much
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
		boolean olderThanStaleness, long staleAfterSeconds, List<SourceProblem> problems, List<KindStatus> unavailable, String headline,
		boolean failing, boolean captureUnknown, List<KindListing> listing, int loading, int kinds) {

	public StatusView {
		problems = List.copyOf(problems);
		unavailable = List.copyOf(unavailable);
		listing = List.copyOf(listing);
	}

	public boolean partial() {
		return loading > 0;
	}

	/** The kinds that could not be refreshed, by their resource names, e.g. "pods, nodes"; empty when none. */
	public String staleKinds() {
		return staleKindStream().map(KindStatus::resource).collect(Collectors.joining(", "));
	}

	/** When the first of the stale kinds was last known current; null when none is stale or none says. */
	public Instant staleSince() {
		return staleKindStream().map((k) -> k.availability().since())
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	private Stream<KindStatus> staleKindStream() {
		return unavailable.stream().filter((k) -> k.availability().state() == Availability.State.STALE);
	}

	/** @param resource as RBAC and kubectl name it, e.g. "persistentvolumes" */
	public record KindStatus(String resource, Availability availability) {
	}

}
