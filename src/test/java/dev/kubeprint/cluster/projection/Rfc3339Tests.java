package dev.kubeprint.cluster.projection;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast reader agrees with java.time wherever it answers, and leaves the rest to it. */
class Rfc3339Tests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-01T10:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
			"2026-11-24T23:41:23.123456Z", "2026-11-24T23:41:23.1Z", "2026-11-24T23:41:23.123456789Z",
			"2026-11-24T23:41:23+02:00", "2026-11-24T01:41:23-05:30", "2026-11-24T23:41:23.5+00:00",
			"1969-12-31T23:59:59.999Z" })
	void readsWhatJavaTimeReads(String text) {
		assertThat(Rfc3339.parse(text.toCharArray(), 0, text.length()))
			.isEqualTo(OffsetDateTime.parse(text).toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-01", "2026-11-01T10:00:00", "2026-11-01 10:00:00Z", "2026-11-01T10:00:00z",
			"2026-02-30T10:00:00Z", "2026-11-01T24:00:00Z", "2026-11-01T10:00:00.Z", "2026-11-01T10:00:00.1234567891Z",
			"2026-11-01T10:00:00+0200", "2026-1a-01T10:00:00Z", "+12026-11-01T10:00:00Z" })
	void leavesEverythingElseToJavaTime(String text) {
		assertThat(Rfc3339.parse(text.toCharArray(), 0, text.length())).isSameAs(Rfc3339.UNRECOGNISED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-01T10:00:00Z" })
	void readsFromAnOffsetInABuffer(String text) {
		char[] buffer = ("xx\"" + text + "\"yy").toCharArray();

		assertThat(Rfc3339.parse(buffer, 3, text.length())).isEqualTo(OffsetDateTime.parse(text).toInstant());
	}

}
