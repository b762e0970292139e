package dev.kubeprint.config;

import java.util.Map;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyPropertyNamesTests {

	private final LegacyPropertyNames legacy = new LegacyPropertyNames((supplier) -> LogFactory.getLog(getClass()));

	@Test
	void oldNamesStillConfigureTheApp() {
		StandardEnvironment environment = environment(Map.of("kube-atlas.clusters[0].name", "prod",
				"kube-atlas.clusters[0].context", "prod-admin", "kube-atlas.staleness", "90s"), Map.of());

		KubeprintProperties properties = bind(environment);

		assertThat(properties.clusters()).singleElement().satisfies((c) -> {
			assertThat(c.name()).isEqualTo("prod");
			assertThat(c.context()).isEqualTo("prod-admin");
		});
		assertThat(properties.staleness()).hasSeconds(90);
	}

	@Test
	void oldEnvironmentVariablesStillWork() {
		StandardEnvironment environment = environment(Map.of(),
				Map.of("KUBE_ATLAS_CLUSTERS_0_NAME", "staging", "KUBE_ATLAS_CLUSTERS_0_DEMO", "true"));

		assertThat(bind(environment).clusters()).singleElement().satisfies((c) -> {
			assertThat(c.name()).isEqualTo("staging");
			assertThat(c.demo()).isTrue();
		});
	}

	@Test
	void aNewNameInTheSameSourceWinsAndOrderBetweenSourcesStays() {
		StandardEnvironment environment = environment(
				Map.of("kube-atlas.staleness", "90s", "kubeprint.staleness", "30s", "kube-atlas.probe-interval", "5s"),
				Map.of("KUBEPRINT_PROBE_INTERVAL", "7s"));

		KubeprintProperties properties = bind(environment);

		assertThat(properties.staleness()).hasSeconds(30);
		// The command line (first source) outranks the environment whatever the prefix, as Spring Boot orders them.
		assertThat(properties.probeInterval()).hasSeconds(5);
	}

	@Test
	void onlyTheOldPrefixIsRenamed() {
		assertThat(LegacyPropertyNames.newName("kube-atlas.ui.refresh-interval")).isEqualTo("kubeprint.ui.refresh-interval");
		assertThat(LegacyPropertyNames.newName("KUBE_ATLAS_STALENESS")).isEqualTo("KUBEPRINT_STALENESS");
		assertThat(LegacyPropertyNames.newName("kube-atlasx.y")).isNull();
		assertThat(LegacyPropertyNames.newName("server.port")).isNull();
	}

	@Test
	void springBootRunsItAtStartup() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(EnvironmentPostProcessor.class, ArgumentResolver.of(DeferredLogFactory.class, (supplier) -> supplier.get())))
			.anyMatch(LegacyPropertyNames.class::isInstance);
	}

	private StandardEnvironment environment(Map<String, Object> commandLine, Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		environment.getPropertySources().addFirst(new MapPropertySource("commandLine", commandLine));
		legacy.postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	private static KubeprintProperties bind(StandardEnvironment environment) {
		return Binder.get(environment).bindOrCreate("kubeprint", KubeprintProperties.class);
	}

}
