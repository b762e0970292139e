package dev.kubeprint.etcd;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EtcdMessagesTests {

	@Test
	void everyEnglishTextHasAChineseOneAndNoMore() throws IOException {
		assertThat(load("i18n/etcd_zh_CN.properties").keySet())
			.containsExactlyInAnyOrderElementsOf(load("i18n/etcd.properties").keySet());
	}

	@Test
	void chineseReadersGetChineseAndEveryoneElseEnglish() {
		assertThat(EtcdMessages.of(Locale.SIMPLIFIED_CHINESE).apply("etcd-panel.quorum.holds", new Object[] { 3, 2, 2 }))
			.isEqualTo("3 个成员，2 个健康，法定人数满足（需要 2）");
		assertThat(EtcdMessages.of(Locale.GERMAN).apply("etcd-panel.quorum.holds", new Object[] { 3, 2, 2 }))
			.isEqualTo("3 members, 2 healthy, quorum holds (needs 2)");
		assertThat(EtcdMessages.of(Locale.ENGLISH).apply("etcd-panel.alarm.corrupt", new Object[] { "cp-1" }))
			.isEqualTo("CORRUPT on cp-1: this member's data differs from the others'");
	}

	@Test
	void aMissingTextIsAnErrorNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EtcdMessages.of(Locale.ENGLISH).apply("etcd-panel.nope", new Object[0]))
			.withMessageContaining("etcd-panel.nope");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = EtcdMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
