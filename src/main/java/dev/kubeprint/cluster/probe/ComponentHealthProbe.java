package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.kubeprint.cluster.facts.ComponentHealth.Status;
import dev.kubeprint.cluster.facts.ComponentHealth;

/**
 * Asks kube-scheduler, kube-controller-manager and cloud-controller-manager instances for /healthz on their
 * secure ports, where Kubeprint can reach them: the one health signal these components serve themselves,
 * beside what their pods and leader leases tell.
 */
public final class ComponentHealthProbe {

	private final ComponentHttp http;

	private final Clock clock;

	public ComponentHealthProbe(ComponentHttp http, Clock clock) {
		this.http = http;
		this.clock = clock;
	}

	public List<ComponentHealth> probe(List<ComponentTarget> targets) {
		return targets.stream().map(this::probe).toList();
	}

	public ComponentHealth probe(ComponentTarget target) {
		Instant at = clock.instant();
		String request = "GET " + target.healthz();
		String evidence = request + " (" + target.foundBy() + ")";
		if (target.loopbackOnly()) {
			return new ComponentHealth(target.component(), target.instance(), Status.UNREACHABLE,
					"listens on 127.0.0.1 only (--bind-address), so /healthz cannot be reached from outside its node",
					"--bind-address of " + target.foundBy(), at);
		}
		HttpAnswer answer;
		try {
			answer = http.get(target.healthz());
		}
		catch (IOException ex) {
			return new ComponentHealth(target.component(), target.instance(), Status.UNREACHABLE,
					ApiServerProbe.failed(target.healthz().toString(), ex), evidence, at);
		}
		String body = ApiServerProbe.quote(answer.body());
		Status status;
		String detail;
		if (answer.status() == 200 && "ok".equals(answer.body().strip())) {
			status = Status.OK;
			detail = "ok";
		}
		else if (answer.status() == 401 || answer.status() == 403) {
			status = Status.DENIED;
			detail = "answered " + answer.status() + ": the component is up but will not show /healthz to Kubeprint; "
					+ "allow it with --authorization-always-allow-paths=/healthz or grant nonResourceURLs "
					+ "[\"/healthz\"] verb get";
		}
		else {
			status = Status.FAILED;
			detail = "answered " + answer.status() + ": " + body;
		}
		return new ComponentHealth(target.component(), target.instance(), status, detail, evidence, at);
	}

}
