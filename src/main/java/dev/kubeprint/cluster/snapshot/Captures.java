package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.cluster.facts.ProbeCapture;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.probe.CapturedMetrics;
import dev.kubeprint.cluster.probe.HealthCheckText;
import tools.jackson.databind.JsonNode;

/**
 * The raw answers a bundle captured beside its objects, read with the parsers of the live probes and turned
 * into the same facts, marked as captured. Files are recognised by name, whichever collector wrote them:
 * Kubeprint's own names ({@code readyz-verbose.txt}, {@code etcd-endpoint-status.json}), troubleshoot.sh's
 * ({@code etcd/endpoint-status.txt}) and OpenShift must-gather's ({@code etcd_info/endpoint_status.json}).
 */
final class Captures {

	/** A health body is a few kilobytes; more is not a readyz answer, and is not held in memory. */
	static final int MAX_HEALTH_CHARS = 1 << 20;

	static final String NAMES = "readyz-verbose.txt, livez-verbose.txt, metrics.txt or apiserver-metrics.txt";

	static final String ETCD_NAMES = "etcd-endpoint-status.json, etcd-endpoint-health.json, "
			+ "etcd-member-list.json, etcd-alarm-list.json (etcdctl -w json)";

	enum Kind {

		READYZ, LIVEZ, METRICS, ETCD_STATUS, ETCD_HEALTH, ETCD_MEMBERS, ETCD_ALARMS

	}

	private HealthChecks readyz;

	private HealthChecks livez;

	private CapturedMetrics metrics;

	private final EtcdCaptures etcd = new EtcdCaptures();

	private final List<String> files = new ArrayList<>();

	/** The capture a file holds, by its name; empty for anything else. */
	static Optional<Kind> of(String name) {
		String base = FileNames.base(name).toLowerCase(Locale.ROOT).replace('_', '-');
		String parent = FileNames.parent(name).toLowerCase(Locale.ROOT).replace('_', '-');
		boolean text = !name.endsWith(".json") && !name.endsWith(".yaml") && !name.endsWith(".yml");
		if (parent.startsWith("etcd") && !base.startsWith("etcd")) {
			base = "etcd-" + base;
		}
		base = base.replaceFirst("^etcdctl-", "etcd-").replaceFirst("^(kube-)?apiserver-", "");
		return Optional.ofNullable(switch (base) {
			case "readyz", "readyz-verbose" -> text ? Kind.READYZ : null;
			case "livez", "livez-verbose" -> text ? Kind.LIVEZ : null;
			case "metrics" -> text ? Kind.METRICS : null;
			case "etcd-endpoint-status" -> Kind.ETCD_STATUS;
			case "etcd-endpoint-health" -> Kind.ETCD_HEALTH;
			case "etcd-member-list" -> Kind.ETCD_MEMBERS;
			case "etcd-alarm-list" -> Kind.ETCD_ALARMS;
			default -> null;
		});
	}

	void text(Kind kind, String name, Reader in) throws IOException {
		switch (kind) {
			case READYZ -> readyz = HealthCheckText.parse(bounded(in));
			case LIVEZ -> livez = HealthCheckText.parse(bounded(in));
			case METRICS -> metrics = CapturedMetrics.read(in);
			default -> throw new IllegalArgumentException(kind + " is JSON");
		}
		files.add(name);
	}

	void json(Kind kind, String name, JsonNode document) {
		switch (kind) {
			case ETCD_STATUS -> etcd.status(document);
			case ETCD_HEALTH -> etcd.health(document);
			case ETCD_MEMBERS -> etcd.members(document);
			case ETCD_ALARMS -> etcd.alarms(document);
			default -> throw new IllegalArgumentException(kind + " is text");
		}
		files.add(name);
	}

	/**
	 * @param capturedAt the snapshot's capture time, null when unknown
	 * @param readAt when the snapshot was read, the stand-in date of facts whose capture time is unknown
	 */
	ProbeFacts probes(Instant capturedAt, Instant readAt, ServerVersion version) {
		Instant at = capturedAt != null ? capturedAt : readAt;
		Optional<ApiServerFacts> apiServer = Optional.empty();
		if (readyz != null || livez != null || metrics != null) {
			ApiServerMetrics m = metrics != null ? metrics.at(capturedAt) : null;
			apiServer = Optional.of(new ApiServerFacts(at, version,
					version != null ? Availability.ok() : missing("/version", "version.json"), readyz,
					readyz != null ? Availability.ok() : missing("/readyz?verbose", "readyz-verbose.txt"), livez,
					livez != null ? Availability.ok() : missing("/livez?verbose", "livez-verbose.txt"), m,
					m != null ? Availability.ok() : missing("/metrics", "metrics.txt")));
		}
		Optional<EtcdFacts> etcdFacts = etcd.isEmpty() ? Optional.empty() : Optional.of(etcd.facts(at));
		String apiServerAbsent = apiServer.isPresent() ? ""
				: "this snapshot holds no capture of the API server's /readyz, /livez or /metrics (" + NAMES + ")";
		String etcdAbsent = etcdFacts.isPresent() ? "" : "this snapshot holds no etcdctl capture (" + ETCD_NAMES + ")";
		return ProbeFacts.captured(apiServer, apiServerAbsent, etcdFacts, etcdAbsent,
				new ProbeCapture(Optional.ofNullable(capturedAt), files));
	}

	private static Availability missing(String request, String file) {
		return Availability.notCollected("this snapshot holds no capture of GET " + request + " (" + file + ")");
	}

	private static String bounded(Reader in) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buf = new char[8192];
		int n;
		while ((n = in.read(buf)) > 0) {
			text.append(buf, 0, n);
			if (text.length() > MAX_HEALTH_CHARS) {
				throw new IOException("larger than " + MAX_HEALTH_CHARS / 1024 + " KiB: not a health check answer");
			}
		}
		return text.toString();
	}

}
