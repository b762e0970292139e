package dev.kubeprint.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pages are shown beyond one reader at a desk, under {@code kubeprint.web}.
 *
 * @param wall what a NOC wall rotates through
 */
@ConfigurationProperties("kubeprint.web")
public record WebProperties(@DefaultValue WallProperties wall) {

	/**
	 * @param clusters the clusters shown, in this order; empty means every cluster the viewer may see
	 * @param pages the pages shown of each cluster, by path ("overview" is the cluster's own page)
	 * @param rotateEvery how long each cluster's page stays before the next
	 */
	public record WallProperties(@DefaultValue List<String> clusters,
			@DefaultValue({ "overview", "alerts" }) List<String> pages, @DefaultValue("30s") Duration rotateEvery) {

		public WallProperties {
			clusters = List.copyOf(clusters);
			pages = List.copyOf(pages);
		}

	}

}
