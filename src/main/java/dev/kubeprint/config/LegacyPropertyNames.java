package dev.kubeprint.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps settings written under the product's former name, {@code kube-atlas.*} (and {@code KUBE_ATLAS_*} in the
 * environment), working for one release, and says at startup which ones to rename. Each old setting is copied
 * under {@code kubeprint.*} right behind the source it came from, so precedence between sources stays as Spring
 * Boot orders them and a {@code kubeprint.*} setting in the same source wins.
 */
public class LegacyPropertyNames implements EnvironmentPostProcessor, Ordered {

	static final String OLD_PREFIX = "kube-atlas.";

	static final String OLD_ENV_PREFIX = "KUBE_ATLAS_";

	private final Log log;

	public LegacyPropertyNames(DeferredLogFactory logs) {
		this.log = logs.getLog(LegacyPropertyNames.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TreeSet<String> renamed = new TreeSet<>();
		List<PropertySource<?>> sources = new ArrayList<>();
		environment.getPropertySources().forEach(sources::add);
		for (PropertySource<?> source : sources) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
				continue;
			}
			Map<String, Object> renamedHere = new LinkedHashMap<>();
			for (String name : enumerable.getPropertyNames()) {
				String newName = newName(name);
				if (newName != null && !enumerable.containsProperty(newName)) {
					renamedHere.put(newName, enumerable.getProperty(name));
					renamed.add(name);
				}
			}
			if (!renamedHere.isEmpty()) {
				// Spring Boot maps KUBEPRINT_X_Y to kubeprint.x.y only in sources named like the system environment.
				PropertySource<?> copy = source instanceof SystemEnvironmentPropertySource
						? new SystemEnvironmentPropertySource("renamed-from-kube-atlas-"
								+ StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, renamedHere)
						: new MapPropertySource(source.getName() + " (renamed from kube-atlas)", renamedHere);
				environment.getPropertySources().addAfter(source.getName(), copy);
			}
		}
		if (!renamed.isEmpty()) {
			log.warn("Deprecated settings: Kube Atlas is now Kubeprint. These still work in this release but will not in"
					+ " the next; rename kube-atlas.* to kubeprint.* (KUBE_ATLAS_* to KUBEPRINT_*): " + renamed);
		}
	}

	/** The setting's name under the new prefix, or null when it is not one of the old ones. */
	static String newName(String name) {
		if (name.startsWith(OLD_PREFIX)) {
			return "kubeprint." + name.substring(OLD_PREFIX.length());
		}
		if (name.startsWith(OLD_ENV_PREFIX)) {
			return "KUBEPRINT_" + name.substring(OLD_ENV_PREFIX.length());
		}
		return null;
	}

	/** Before the configuration data is bound, after it is loaded (config data runs at HIGHEST + 10). */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
