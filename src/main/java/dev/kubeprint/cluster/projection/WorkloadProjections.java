package dev.kubeprint.cluster.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.StatefulSetFact;

/** DaemonSets, Deployments, StatefulSets and Leases: how the cluster's own components are run and who leads them. */
final class WorkloadProjections {

	private WorkloadProjections() {
	}

	private static final Fields<Env> ENV = new Fields<Env>().text("name", (e, v) -> e.name = v)
		.text("value", (e, v) -> e.value = v);

	private static final Fields<Template> CONTAINER = new Fields<Template>()
		.text("image", (t, v) -> t.images.add(t.in.intern(v)))
		.each("env", (p, t) -> t.env(ENV.read(p, new Env())));

	private static final Fields<Template> TEMPLATE = new Fields<Template>().object("spec",
			new Fields<Template>().each("containers", CONTAINER::read).each("initContainers", CONTAINER::read));

	/** What a pod template tells: its images and, for kube-system, its plain environment. */
	private static final class Template {

		final Interner in;

		final List<String> images = new ArrayList<>();

		final Map<String, String> env = new HashMap<>();

		Template(Interner in) {
			this.in = in;
		}

		void env(Env e) {
			if (e.value != null) {
				env.putIfAbsent(e.name, e.value);
			}
		}

	}

	private static final class Env {

		String name = "";

		/** Null for a value taken from elsewhere (a Secret, a field), which is not kept. */
		String value;

	}

	/** What DaemonSets and Deployments have in common. */
	private static class Workload {

		final Template template;

		Metadata meta;

		Workload(Interner in) {
			template = new Template(in);
		}

	}

	private static final class DaemonSet extends Workload {

		int desired;

		int ready;

		int available;

		int updated;

		DaemonSet(Interner in) {
			super(in);
		}

	}

	private static final Fields<DaemonSet> DAEMON_SET_FIELDS = new Fields<DaemonSet>()
		.field("metadata", (p, d) -> d.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec", new Fields<DaemonSet>().field("template", (p, d) -> TEMPLATE.read(p, d.template)))
		.object("status",
				new Fields<DaemonSet>().integer("desiredNumberScheduled", (d, v) -> d.desired = v)
					.integer("numberReady", (d, v) -> d.ready = v)
					.integer("numberAvailable", (d, v) -> d.available = v)
					.integer("updatedNumberScheduled", (d, v) -> d.updated = v));

	static final Projection<DaemonSetFact> DAEMON_SET = (p, in) -> {
		DaemonSet d = DAEMON_SET_FIELDS.read(p, new DaemonSet(in));
		Metadata m = ConfigProjections.required(d.meta);
		boolean system = "kube-system".equals(m.namespace);
		return new DaemonSetFact(in.intern(m.namespace), m.name, d.desired, d.ready, d.available, d.updated,
				d.template.images, system ? d.template.env : Map.of());
	};

	private static final class Deployment extends Workload {

		/** The default when the spec leaves it out. */
		int replicas = 1;

		int ready;

		int available;

		int updated;

		Deployment(Interner in) {
			super(in);
		}

	}

	private static final Fields<Deployment> DEPLOYMENT_FIELDS = new Fields<Deployment>()
		.field("metadata", (p, d) -> d.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec",
				new Fields<Deployment>().integer("replicas", (d, v) -> d.replicas = v)
					.field("template", (p, d) -> TEMPLATE.read(p, d.template)))
		.object("status",
				new Fields<Deployment>().integer("readyReplicas", (d, v) -> d.ready = v)
					.integer("availableReplicas", (d, v) -> d.available = v)
					.integer("updatedReplicas", (d, v) -> d.updated = v));

	static final Projection<DeploymentFact> DEPLOYMENT = (p, in) -> {
		Deployment d = DEPLOYMENT_FIELDS.read(p, new Deployment(in));
		Metadata m = ConfigProjections.required(d.meta);
		return new DeploymentFact(in.intern(m.namespace), m.name, d.replicas, d.ready, d.available, d.updated,
				d.template.images);
	};

	private static final class StatefulSet {

		Metadata meta;

		/** The default when the spec leaves it out. */
		int replicas = 1;

		int ready;

	}

	private static final Fields<StatefulSet> STATEFUL_SET_FIELDS = new Fields<StatefulSet>()
		.field("metadata", (p, s) -> s.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec", new Fields<StatefulSet>().integer("replicas", (s, v) -> s.replicas = v))
		.object("status", new Fields<StatefulSet>().integer("readyReplicas", (s, v) -> s.ready = v));

	static final Projection<StatefulSetFact> STATEFUL_SET = (p, in) -> {
		StatefulSet s = STATEFUL_SET_FIELDS.read(p, new StatefulSet());
		Metadata m = ConfigProjections.required(s.meta);
		return new StatefulSetFact(in.intern(m.namespace), m.name, s.replicas, s.ready);
	};

	private static final Fields<Lease> LEASE_FIELDS = new Fields<Lease>()
		.field("metadata", (p, l) -> l.meta = Metadata.read(p, Metadata.LABELLED))
		.object("spec",
				new Fields<Lease>().text("holderIdentity", (l, v) -> l.holder = v)
					.integer("leaseDurationSeconds", (l, v) -> l.duration = v)
					.time("acquireTime", (l, v) -> l.acquired = v)
					.time("renewTime", (l, v) -> l.renewed = v)
					.integer("leaseTransitions", (l, v) -> l.transitions = v));

	static final Projection<LeaseFact> LEASE = (p, in) -> {
		Lease l = LEASE_FIELDS.read(p, new Lease());
		Metadata m = ConfigProjections.required(l.meta);
		return new LeaseFact(in.intern(m.namespace), m.name, l.holder, l.duration, l.acquired, l.renewed,
				l.transitions, m.labels);
	};

	private static final class Lease {

		Metadata meta;

		String holder = "";

		Integer duration;

		Instant acquired;

		Instant renewed;

		Integer transitions;

	}

}
