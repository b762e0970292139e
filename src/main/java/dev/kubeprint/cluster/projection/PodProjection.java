package dev.kubeprint.cluster.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.Resources;
import tools.jackson.core.JsonParser;

final class PodProjection implements Projection<PodFact> {

	/** Label keys that say what a pod is, most specific first. */
	private static final List<String> COMPONENT_LABELS = List.of("component", "k8s-app", "app.kubernetes.io/name",
			"app");

	/** The beta AppArmor annotations, one per container, replaced by securityContext.appArmorProfile. */
	static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

	/** Labels only for the component: a pod's other labels would be read into a map only to be dropped. */
	private static final Fields<Metadata> METADATA = Metadata.fields(COMPONENT_LABELS::contains,
			(key) -> key.startsWith(APPARMOR_ANNOTATION));

	/** Only kube-system pods keep their flags: that is where the cluster's own components run. */
	private static final String SYSTEM_NAMESPACE = "kube-system";

	private static final Fields<Container> CONTAINER = new Fields<Container>()
		.text("image", (c, v) -> c.image = v)
		.text("restartPolicy", (c, v) -> c.restartAlways = "Always".equals(v))
		.strings("command", (c, v) -> c.words.addAll(v))
		.strings("args", (c, v) -> c.words.addAll(v))
		.object("resources", new Fields<Container>().field("requests", (p, c) -> {
			Resources requests = NodeProjection.resources(p);
			c.cpu = requests.cpuMillis();
			c.memory = requests.memoryBytes();
		}));

	private static final Fields<Pod> VOLUME = new Fields<Pod>().object("persistentVolumeClaim",
			new Fields<Pod>().text("claimName", (b, v) -> b.claims.add(v)));

	private static final Fields<ContainerStatus> CONTAINER_STATUS = new Fields<ContainerStatus>()
		.integer("restartCount", (s, v) -> s.restarts = v)
		.object("state", new Fields<ContainerStatus>().object("waiting",
				new Fields<ContainerStatus>().text("reason", (s, v) -> s.reason = v)
					.text("message", (s, v) -> s.message = v)));

	private static final Fields.Reader<Pod> STATUS_OF_CONTAINER = (p, b) -> b
		.containerStatus(CONTAINER_STATUS.read(p, new ContainerStatus()));

	private static final Fields<Pod> FIELDS = new Fields<Pod>()
		.field("metadata", (p, b) -> b.meta = Metadata.read(p, METADATA))
		.object("spec",
				new Fields<Pod>().text("nodeName", (b, v) -> b.nodeName = b.in.intern(v))
					.bool("hostNetwork", (b, v) -> b.hostNetwork = v)
					.each("containers", (p, b) -> b.container(CONTAINER.read(p, new Container())))
					.each("initContainers", (p, b) -> b.initContainer(CONTAINER.read(p, new Container())))
					.each("volumes", VOLUME::read))
		.object("status",
				new Fields<Pod>().text("phase", (b, v) -> b.phase = b.in.intern(v))
					.text("podIP", (b, v) -> b.podIp = v)
					.text("reason", (b, v) -> b.reason = b.in.intern(v))
					.text("message", (b, v) -> b.message = v)
					.each("conditions", (p, b) -> b.condition(Conditions.read(p, b.in)))
					.each("containerStatuses", STATUS_OF_CONTAINER)
					.each("initContainerStatuses", STATUS_OF_CONTAINER));

	@Override
	public PodFact project(JsonParser p, Interner in) {
		Pod b = FIELDS.read(p, new Pod(in));
		if (b.meta == null) {
			throw new ProjectionException("metadata is missing");
		}
		String component = COMPONENT_LABELS.stream()
			.map(b.meta::label)
			.filter((v) -> !v.isEmpty())
			.findFirst()
			.orElse("");
		boolean system = SYSTEM_NAMESPACE.equals(b.meta.namespace);
		// An init container runs alone, so the pod needs the larger of it and the sum of the app containers.
		Resources requests = new Resources(Math.max(b.cpu, b.initCpu), Math.max(b.memory, b.initMemory), 1);
		return new PodFact(in.intern(b.meta.namespace), b.meta.name, b.nodeName, b.phase, b.ready, b.restarts,
				requests, b.claims, in.intern(b.meta.ownerKind), b.meta.ownerName, in.intern(component),
				system ? b.flags : Map.of(), b.reason, b.message, b.podIp, b.hostNetwork, b.meta.created,
				system ? in.intern(b.image) : "", !b.meta.annotations.isEmpty(), b.sidecars,
				system ? in.intern(b.program) : "", b.meta.deleted);
	}

	/** The pod as it is read, before it becomes an immutable fact. */
	private static final class Pod {

		final Interner in;

		Metadata meta;

		String nodeName = "";

		boolean hostNetwork;

		boolean firstContainerRead;

		long cpu;

		long memory;

		long initCpu;

		long initMemory;

		final List<String> claims = new ArrayList<>();

		Map<String, String> flags = Map.of();

		String image = "";

		String program = "";

		boolean sidecars;

		String phase = "";

		boolean ready;

		int restarts;

		String reason = "";

		String message = "";

		String podIp = "";

		Pod(Interner in) {
			this.in = in;
		}

		/** The first container is the one whose command and image say what the pod runs. */
		void container(Container c) {
			cpu += c.cpu;
			memory += c.memory;
			if (!firstContainerRead) {
				flags = Flags.parse(c.words);
				program = Flags.program(c.words);
				image = c.image;
				firstContainerRead = true;
			}
		}

		void initContainer(Container c) {
			initCpu = Math.max(initCpu, c.cpu);
			initMemory = Math.max(initMemory, c.memory);
			sidecars |= c.restartAlways;
		}

		void condition(ConditionFact c) {
			if ("Ready".equals(c.type())) {
				ready = c.isTrue();
			}
			else if ("PodScheduled".equals(c.type()) && !c.isTrue() && reason.isEmpty()) {
				reason = c.reason();
				message = c.message();
			}
		}

		/** A waiting container explains more than an unschedulable pod, which is why it overrides that reason. */
		void containerStatus(ContainerStatus s) {
			restarts += s.restarts;
			if (!s.reason.isEmpty() && (reason.isEmpty() || "Unschedulable".equals(reason))) {
				reason = in.intern(s.reason);
				message = s.message;
			}
		}

	}

	private static final class Container {

		long cpu;

		long memory;

		final List<String> words = new ArrayList<>();

		String image = "";

		boolean restartAlways;

	}

	/** Restarts, and the reason and message of a waiting state. */
	private static final class ContainerStatus {

		int restarts;

		String reason = "";

		String message = "";

	}

}
