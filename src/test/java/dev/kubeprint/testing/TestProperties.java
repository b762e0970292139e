package dev.kubeprint.testing;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.kubeprint.config.KubeprintProperties;

/** The app's properties with their defaults, bound as Spring binds them, plus any overrides. */
public final class TestProperties {

	private TestProperties() {
	}

	public static KubeprintProperties of(Map<String, String> overrides) {
		return new Binder(new MapConfigurationPropertySource(overrides)).bindOrCreate("kubeprint",
				KubeprintProperties.class);
	}

}
