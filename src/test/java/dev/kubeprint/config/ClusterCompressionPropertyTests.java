package dev.kubeprint.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.kubeprint.config.KubeprintProperties.Compression;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-cluster compression setting binds, and a cluster that names none is auto. */
class ClusterCompressionPropertyTests {

	@Test
	void bindsPerClusterAndDefaultsToAuto() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("kubeprint.clusters[0].name", "lan",
				"kubeprint.clusters[0].compression", "off", "kubeprint.clusters[1].name", "wan",
				"kubeprint.clusters[1].compression", "ON", "kubeprint.clusters[2].name", "plain")));

		KubeprintProperties properties = binder.bind("kubeprint", KubeprintProperties.class).get();

		assertThat(properties.clusters()).extracting(KubeprintProperties.ClusterProperties::compression)
			.containsExactly(Compression.OFF, Compression.ON, Compression.AUTO);
	}

	@Test
	void theShortConstructorMeansAuto() {
		assertThat(new KubeprintProperties.ClusterProperties("x", null, false, "ctx", null, false, null,
				java.util.List.of()).compression()).isEqualTo(Compression.AUTO);
	}

}
