package dev.kubeprint.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every use of a viewer token, logged with its name: the first at once, then one line per token and interval
 * counting the uses in between. A wall refreshes its panels every few seconds all day; a line per request would
 * bury the rest of the log, a line per exchange only would hide that a leaked token is being used. Bounded by the
 * configured tokens: one entry per token name.
 */
final class TokenUses {

	static final Duration INTERVAL = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(TokenUses.class);

	private final Clock clock;

	private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

	TokenUses(Clock clock) {
		this.clock = clock;
	}

	/** @param address where the request came from, as the connection says */
	void used(String token, String address, String uri) {
		Instant now = clock.instant();
		tallies.compute(token, (name, tally) -> {
			if (tally == null || !now.isBefore(tally.since().plus(INTERVAL))) {
				long uses = (tally == null) ? 1 : tally.uses() + 1;
				Instant since = (tally == null) ? now : tally.since();
				log.info("viewer token {} used {} time(s) since {}, last from {} for {}", name, uses, since, address, uri);
				return new Tally(now, 0);
			}
			return new Tally(tally.since(), tally.uses() + 1);
		});
	}

	/** @param since when the uses counted began (the last line logged) */
	private record Tally(Instant since, long uses) {
	}

}
