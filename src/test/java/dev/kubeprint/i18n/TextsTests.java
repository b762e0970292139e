package dev.kubeprint.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextsTests {

	static final java.util.List<String> bundles = Texts.BUNDLES;

	@ParameterizedTest
	@FieldSource("bundles")
	void everyEnglishTextHasAChineseOneAndNoMore(String bundle) throws IOException {
		assertThat(load(bundle + "_zh_CN.properties").keySet())
			.containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").keySet());
	}

	@ParameterizedTest
	@FieldSource("bundles")
	void everyApostropheIsWrittenAsMessageFormatWantsIt(String bundle) throws IOException {
		for (String file : new String[] { bundle + ".properties", bundle + "_zh_CN.properties" }) {
			load(file).forEach((code, pattern) -> assertThat(pattern.toString().replace("''", ""))
				.as(file + " " + code).doesNotContain("'"));
		}
	}

	/** Texts without arguments are formatted once per language, as MessageFormat patterns like every other. */
	@Test
	void aTextWithoutArgumentsIsAPatternToo() {
		assertThat(Texts.of(Locale.ENGLISH).get("alerts.intro")).contains("The reference's Prometheus rules")
			.doesNotContain("''");
	}

	@Test
	void chineseReadersGetChineseAndEveryoneElseEnglish() {
		assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE).get("etcd-panel.quorum.holds", 3, 2, 2))
			.isEqualTo("3 个成员，2 个健康，法定人数满足（需要 2）");
		assertThat(Texts.of(Locale.GERMAN).get("etcd-panel.quorum.holds", 3, 2, 2))
			.isEqualTo("3 members, 2 healthy, quorum holds (needs 2)");
		assertThat(Texts.of(Locale.ENGLISH).get("etcd-panel.alarm.corrupt", "cp-1"))
			.isEqualTo("CORRUPT on cp-1: this member's data differs from the others'");
	}

	@Test
	void aMissingTextIsAnErrorNamingIt() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> Texts.of(Locale.ENGLISH).get("etcd-panel.nope"))
			.withMessageContaining("etcd-panel.nope");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TextsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
