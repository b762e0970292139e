package dev.kubeprint.config;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each allowed portal goes into a response header as it is written, so only an origin is accepted. */
class EmbedPropertiesTests {

	@Test
	void noPortalsMeansNobodyMayFrame() {
		assertThat(new EmbedProperties(null).frameAncestorsSource()).isEqualTo("'none'");
		assertThat(new EmbedProperties(List.of()).frameAncestorsSource()).isEqualTo("'none'");
	}

	@Test
	void portalsAreListedAsTheyWereWritten() {
		assertThat(new EmbedProperties(List.of("https://portal.example.com", "https://*.intra.example:8443", "'self'",
				"http://127.0.0.1:9000", "https://[::1]:8443", "https:")).frameAncestorsSource())
			.isEqualTo("https://portal.example.com https://*.intra.example:8443 'self' http://127.0.0.1:9000 "
					+ "https://[::1]:8443 https:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://portal.example.com; script-src *", "https://a.example https://b.example",
			"https://a.example,https://b.example", "'none'", "'unsafe-inline'", "", "https://a.example\r\nX-Evil: 1",
			"\"https://a.example\"" })
	void anythingThatIsNotOneOriginIsRefusedAtStartup(String source) {
		assertThatIllegalArgumentException().isThrownBy(() -> new EmbedProperties(List.of(source)))
			.withMessageContaining("kubeprint.web.embed.frame-ancestors");
	}

}
