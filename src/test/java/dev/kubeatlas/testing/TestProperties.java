package dev.kubeatlas.testing;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.kubeatlas.config.KubeAtlasProperties;

/** The app's properties with their defaults, bound as Spring binds them, plus any overrides. */
public final class TestProperties {

	private TestProperties() {
	}

	public static KubeAtlasProperties of(Map<String, String> overrides) {
		return new Binder(new MapConfigurationPropertySource(overrides)).bindOrCreate("kube-atlas",
				KubeAtlasProperties.class);
	}

}
