package dev.kubeprint.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach one cluster's etcd. Client TLS is kubeadm's: the apiserver-etcd-client certificate and key with
 * the etcd CA ({@code /etc/kubernetes/pki/apiserver-etcd-client.crt}, {@code .key},
 * {@code /etc/kubernetes/pki/etcd/ca.crt}).
 *
 * @param endpoints client URLs, e.g. {@code https://10.0.0.11:2379}; each is asked on its own. Empty to have
 * them found from the cluster (etcd pods, --etcd-servers, kubeadm-config) and set with {@link #withEndpoints}
 * @param caFile PEM CA that signed the members' serving certificates; null for plain http
 * @param certFile PEM client certificate; null when etcd does not ask for one
 * @param keyFile PEM private key of {@code certFile}
 * @param callTimeout the longest one call to one member may take; a member slower than this is unreachable
 * @param pollInterval time between the end of one poll and the start of the next
 * @param metricsUrls etcd's metrics endpoints, e.g. {@code http://10.0.0.11:2381/metrics} (kubeadm's
 * --listen-metrics-urls); empty to skip metrics
 * @param quotaBytes the --quota-backend-bytes etcd runs with, when its metrics cannot be read
 */
public record EtcdProperties(List<String> endpoints, Path caFile, Path certFile, Path keyFile, Duration callTimeout,
		Duration pollInterval, List<String> metricsUrls, Long quotaBytes) {

	public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(3);

	public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

	// More endpoints than this is a misconfiguration (etcd clusters have 3, 5 or 7 members); the cap keeps
	// the threads and connections of a poll bounded.
	public static final int MAX_ENDPOINTS = 15;

	public EtcdProperties {
		endpoints = (endpoints != null) ? List.copyOf(endpoints) : List.of();
		metricsUrls = (metricsUrls != null) ? List.copyOf(metricsUrls) : List.of();
		callTimeout = (callTimeout != null) ? callTimeout : DEFAULT_CALL_TIMEOUT;
		pollInterval = (pollInterval != null) ? pollInterval : DEFAULT_POLL_INTERVAL;
		if (endpoints.size() > MAX_ENDPOINTS || metricsUrls.size() > MAX_ENDPOINTS) {
			throw new IllegalArgumentException("etcd has at most " + MAX_ENDPOINTS + " endpoints and metrics URLs");
		}
		if (callTimeout.isNegative() || callTimeout.isZero()) {
			throw new IllegalArgumentException("etcd callTimeout must be positive");
		}
		if ((certFile == null) != (keyFile == null)) {
			throw new IllegalArgumentException("etcd certFile and keyFile go together");
		}
	}

	/** Plain endpoints with the defaults, as in tests and for an etcd without TLS. */
	public static EtcdProperties of(List<String> endpoints) {
		return new EtcdProperties(endpoints, null, null, null, null, null, null, null);
	}

	public EtcdProperties withEndpoints(List<String> urls) {
		return new EtcdProperties(urls, caFile, certFile, keyFile, callTimeout, pollInterval, metricsUrls, quotaBytes);
	}

	public EtcdProperties withMetricsUrls(List<String> urls) {
		return new EtcdProperties(endpoints, caFile, certFile, keyFile, callTimeout, pollInterval, urls, quotaBytes);
	}

	public EtcdProperties withCallTimeout(Duration timeout) {
		return new EtcdProperties(endpoints, caFile, certFile, keyFile, timeout, pollInterval, metricsUrls,
				quotaBytes);
	}

	public EtcdProperties withPollInterval(Duration interval) {
		return new EtcdProperties(endpoints, caFile, certFile, keyFile, callTimeout, interval, metricsUrls,
				quotaBytes);
	}

	public boolean tls() {
		return caFile != null || certFile != null;
	}

}
