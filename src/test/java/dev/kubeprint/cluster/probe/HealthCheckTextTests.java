package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.HealthChecks.Check;
import dev.kubeprint.cluster.facts.HealthChecks;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCheckTextTests {

	@Test
	void readsEveryCheckOfARealReadyz() throws IOException {
		HealthChecks readyz = HealthCheckText.parse(fixture("readyz-verbose.txt"));
		assertThat(readyz.endpoint()).isEqualTo("readyz");
		assertThat(readyz.passed()).isTrue();
		assertThat(readyz.verdict()).isEqualTo("readyz check passed");
		assertThat(readyz.checks()).hasSize(34).allMatch(Check::ok);
		assertThat(readyz.checks().get(0)).isEqualTo(new Check("ping", true, "ok"));
		assertThat(readyz.checks()).extracting(Check::name)
			.contains("etcd", "etcd-readiness", "informer-sync", "poststarthook/rbac/bootstrap-roles", "shutdown");
		assertThat(readyz.failed()).isEmpty();
	}

	@Test
	void readsARealLivez() throws IOException {
		HealthChecks livez = HealthCheckText.parse(fixture("livez-verbose.txt"));
		assertThat(livez.endpoint()).isEqualTo("livez");
		assertThat(livez.passed()).isTrue();
		assertThat(livez.checks()).hasSize(31);
	}

	@Test
	void failingChecksKeepTheirReason() {
		HealthChecks readyz = HealthCheckText.parse(FAILING_READYZ);
		assertThat(readyz.passed()).isFalse();
		assertThat(readyz.verdict()).isEqualTo("readyz check failed");
		assertThat(readyz.failed()).extracting(Check::name, Check::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("etcd", "reason withheld"),
					org.assertj.core.groups.Tuple.tuple("poststarthook/start-apiextensions-controllers",
							"reason withheld"));
		assertThat(readyz.checks()).filteredOn((c) -> c.name().equals("informer-sync"))
			.singleElement()
			.isEqualTo(new Check("informer-sync", true, "excluded: ok"));
	}

	@Test
	void aPlainOkIsAPassWithoutChecksAndAnythingElseIsKeptShort() {
		HealthChecks ok = HealthCheckText.parse("ok");
		assertThat(ok.passed()).isTrue();
		assertThat(ok.checks()).isEmpty();
		HealthChecks other = HealthCheckText.parse("x".repeat(1000));
		assertThat(other.passed()).isFalse();
		assertThat(other.verdict()).hasSize(HealthCheckText.MAX_UNPARSED + 1);
	}

	static final String FAILING_READYZ = """
			[+]ping ok
			[+]log ok
			[-]etcd failed: reason withheld
			[+]etcd-readiness ok
			[+]informer-sync excluded: ok
			[-]poststarthook/start-apiextensions-controllers failed: reason withheld
			[+]shutdown ok
			readyz check failed
			""";

	static String fixture(String name) throws IOException {
		try (InputStream in = HealthCheckTextTests.class
			.getResourceAsStream("/fixtures/real-apiserver-v1.28/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
