package dev.kubeprint.web.access;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dev.kubeprint.KubeprintApplication;
import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;
import dev.kubeprint.config.AccessProperties.Oidc;
import dev.kubeprint.config.AccessProperties.Proxy;
import dev.kubeprint.testing.LoggedLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Anonymous reading where anyone can reach the port is refused unless the operator said so, and then said loudly. */
class AnonymousAccessGuardTests {

	@RegisterExtension
	final LoggedLines log = new LoggedLines(AnonymousAccessGuard.class);

	@Test
	void theAppRefusesToStartAnonymousBeyondLoopbackWithARealCluster() {
		SpringApplicationBuilder app = new SpringApplicationBuilder(KubeprintApplication.class);
		assertThatThrownBy(() -> app.run("--server.address=0.0.0.0", "--server.port=0",
				"--kubeprint.snapshot=src/test/resources/snapshots/nodes-only", "--kubeprint.access.mode=none"))
			.rootCause()
			.hasMessageContaining("Refusing to start")
			.hasMessageContaining("kubeprint.access.allow-anonymous=true")
			.hasMessageContaining("kubeprint.access.mode=oidc or proxy")
			.hasMessageContaining("server.address=127.0.0.1");
	}

	@Test
	void anonymousIsAllowedOnLoopbackAndForTheDemoWithoutABanner() {
		assertThat(new AnonymousAccessGuard(access(false), "127.0.0.1", false).openToAnyone()).isFalse();
		assertThat(new AnonymousAccessGuard(access(false), "::1", false).openToAnyone()).isFalse();
		assertThat(new AnonymousAccessGuard(access(false), "localhost", false).openToAnyone()).isFalse();
		assertThat(new AnonymousAccessGuard(access(false), null, true).openToAnyone()).isFalse();
	}

	@Test
	void beyondLoopbackOnlyTheExplicitFlagLetsAnyoneInAndTheLogSaysSo() {
		for (String address : new String[] { null, "0.0.0.0", "10.1.2.3", "::" }) {
			assertThatThrownBy(() -> new AnonymousAccessGuard(access(false), address, false))
				.hasMessageContaining("allow-anonymous");
		}
		assertThat(new AnonymousAccessGuard(access(true), "0.0.0.0", false).openToAnyone()).isTrue();
		assertThat(log.lines()).anyMatch((l) -> l.contains("ANYONE who reaches this server can read every cluster"));
	}

	@Test
	void otherModesNeedNoGuard() {
		AccessProperties proxy = new AccessProperties(Mode.PROXY, false, access(false).oidc(), access(false).proxy(),
				List.of(), null);
		assertThat(new AnonymousAccessGuard(proxy, null, false).openToAnyone()).isFalse();
	}

	private static AccessProperties access(boolean allowAnonymous) {
		return new AccessProperties(Mode.NONE, allowAnonymous, new Oidc(null, null, null, "groups", List.of("openid")),
				new Proxy(List.of(), "X-Forwarded-User", "X-Forwarded-Groups", null), List.of(), null);
	}

}
