package dev.kubeprint.web.access;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.testing.LoggedLines;
import dev.kubeprint.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

class TokenUsesTests {

	@RegisterExtension
	final LoggedLines log = new LoggedLines(TokenUses.class);

	private final TestClock clock = new TestClock("2026-12-06T08:00:00Z");

	private final TokenUses uses = new TokenUses(clock);

	@Test
	void theFirstUseIsLoggedAtOnceAndAWallsRefreshesOncePerInterval() {
		uses.used("noc-wall-1", "10.0.0.7", "/wall");
		assertThat(log.lines()).containsExactly(
				"viewer token noc-wall-1 used 1 time(s) since 2026-12-06T08:00:00Z, last from 10.0.0.7 for /wall");
		for (int i = 0; i < 299; i++) {
			clock.advance(Duration.ofSeconds(2));
			uses.used("noc-wall-1", "10.0.0.7", "/clusters/prod/panels/summary");
		}
		assertThat(log.lines()).hasSize(1);
		clock.advance(Duration.ofSeconds(2));
		uses.used("noc-wall-1", "10.0.0.8", "/clusters/prod/panels/summary");
		assertThat(log.lines()).hasSize(2).last().isEqualTo("viewer token noc-wall-1 used 300 time(s) since "
				+ "2026-12-06T08:00:00Z, last from 10.0.0.8 for /clusters/prod/panels/summary");
	}

	@Test
	void eachTokenIsCountedApart() {
		uses.used("noc-wall-1", "10.0.0.7", "/wall");
		uses.used("portal", "10.0.0.9", "/embed/clusters/prod/panels/summary");
		uses.used("noc-wall-1", "10.0.0.7", "/wall");
		assertThat(log.lines()).hasSize(2).anySatisfy((l) -> assertThat(l).startsWith("viewer token portal used 1"));
	}

}
