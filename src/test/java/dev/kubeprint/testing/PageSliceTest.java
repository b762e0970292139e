package dev.kubeprint.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.EmbedProperties;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.config.WebProperties;

/**
 * The web layer alone: the generic controllers, every declared page and what they read (clusters, the
 * reference), without actuator, health indicators or anything else the whole app starts. The clusters are
 * always named, so a kubeconfig on the machine changes nothing; the bundled demo unless a test says otherwise.
 * Access control is part of the web layer and comes along, in the mode the test configures (none on loopback
 * unless a test says otherwise).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "dev\\.kubeprint\\.[a-z]+\\.[A-Za-z]+Page",
				"dev\\.kubeprint\\.web\\.(Pages|PanelRenderer|PanelFragments|PanelHtml|PageHtml|PanelDialect|AllClusters|WallRotation)",
				"dev\\.kubeprint\\.cluster\\.(ClusterRegistry|LatestFactsConfiguration)", "dev\\.kubeprint\\.reference\\.ReferenceCatalog",
				"dev\\.kubeprint\\.config\\.ClockConfiguration", "dev\\.kubeprint\\.i18n\\.MessagesConfiguration",
				"dev\\.kubeprint\\.distribution\\.DistributionAnalysis", "dev\\.kubeprint\\.web\\.access\\.[A-Za-z]+" }))
@EnableConfigurationProperties({ KubeprintProperties.class, AccessProperties.class, EmbedProperties.class,
		WebProperties.class })
public @interface PageSliceTest {

	@AliasFor(annotation = WebMvcTest.class, attribute = "properties")
	String[] properties() default "kubeprint.clusters[0].demo=true";

}
