package dev.kubeprint.cluster.live;

import java.time.Duration;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.config.KubeprintProperties.Compression;

/**
 * How a live source paces itself. Production values come from {@link #from(KubeprintProperties)}; tests and the
 * benchmark shorten the waits so failure paths run in milliseconds.
 *
 * @param publishInterval the fastest new facts are published, however high the churn
 * @param heartbeat republish at least this often while watches are healthy, so the facts' age stays true on a
 * quiet cluster
 * @param backoffInitial first wait after an error, doubled per consecutive error
 * @param backoffMax the longest wait after errors
 * @param slowRetry how often a forbidden or unserved kind is tried again
 * @param versionPoll how often {@code /version} is read
 * @param watchTimeoutMin shortest server-side watch timeout; each watch picks at random up to the max, as
 * client-go does, so that watches of many kinds and replicas do not all end at once
 * @param watchTimeoutMax longest server-side watch timeout
 * @param listTimeout longest silence while reading a list page (or waiting for its first byte) before the connection
 * is given up, however long the page takes while bytes keep coming; also the longest silence of any other request
 * @param pageSize items per list page
 * @param secretsEnabled whether Secrets are listed at all
 * @param compression whether responses are asked for gzipped; see {@link CompressionChoice}
 */
public record LiveSettings(Duration publishInterval, Duration heartbeat, Duration backoffInitial,
		Duration backoffMax, Duration slowRetry, Duration versionPoll, Duration watchTimeoutMin,
		Duration watchTimeoutMax, Duration listTimeout, int pageSize, boolean secretsEnabled, Compression compression) {

	private static final Duration MAX_PROGRESS_INTERVAL = Duration.ofSeconds(2);

	public static LiveSettings from(KubeprintProperties properties) {
		return defaults(properties.publishInterval(), properties.secrets().enabled());
	}

	public static LiveSettings defaults(Duration publishInterval, boolean secretsEnabled) {
		return new LiveSettings(publishInterval, Duration.ofSeconds(10), Duration.ofMillis(800),
				Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofMinutes(5),
				Duration.ofMinutes(10), Duration.ofSeconds(60), 500, secretsEnabled, Compression.AUTO);
	}

	/**
	 * Progress alone is published on a slower beat than changes: every publication re-runs the analyses a page
	 * reads, and pages of 500 pods arrive many times a second. A kind that completes is a change and goes out at
	 * once. Five publish intervals (1.5 s by default), never more than 2 s.
	 */
	Duration progressInterval() {
		Duration five = publishInterval.multipliedBy(5);
		return five.compareTo(MAX_PROGRESS_INTERVAL) > 0 ? MAX_PROGRESS_INTERVAL : five;
	}

	public LiveSettings withBackoff(Duration initial, Duration max, Duration slow) {
		return new LiveSettings(publishInterval, heartbeat, initial, max, slow, versionPoll, watchTimeoutMin,
				watchTimeoutMax, listTimeout, pageSize, secretsEnabled, compression);
	}

	/** One cluster's setting, since the app-wide ones come from {@link #from}. */
	public LiveSettings withCompression(Compression mode) {
		return new LiveSettings(publishInterval, heartbeat, backoffInitial, backoffMax, slowRetry, versionPoll,
				watchTimeoutMin, watchTimeoutMax, listTimeout, pageSize, secretsEnabled, mode);
	}

	public LiveSettings withListTimeout(Duration limit) {
		return new LiveSettings(publishInterval, heartbeat, backoffInitial, backoffMax, slowRetry, versionPoll,
				watchTimeoutMin, watchTimeoutMax, limit, pageSize, secretsEnabled, compression);
	}

	public LiveSettings withHeartbeat(Duration every) {
		return new LiveSettings(publishInterval, every, backoffInitial, backoffMax, slowRetry, versionPoll,
				watchTimeoutMin, watchTimeoutMax, listTimeout, pageSize, secretsEnabled, compression);
	}

}
