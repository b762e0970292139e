package dev.kubeatlas.cluster.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kubeatlas.cluster.facts.PodFact;
import dev.kubeatlas.cluster.facts.Resources;
import tools.jackson.core.JsonParser;

final class PodProjection implements Projection<PodFact> {

	/** Label keys that say what a pod is, most specific first. */
	private static final List<String> COMPONENT_LABELS = List.of("component", "k8s-app", "app.kubernetes.io/name",
			"app");

	/** The beta AppArmor annotations, one per container, replaced by securityContext.appArmorProfile. */
	static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

	private static final Fields<Metadata> METADATA = Metadata.fields(true,
			(key) -> key.startsWith(APPARMOR_ANNOTATION));

	/** Only kube-system pods keep their flags: that is where the cluster's own components run. */
	private static final String SYSTEM_NAMESPACE = "kube-system";

	@Override
	public PodFact project(JsonParser p, Interner in) {
		Pod b = new Pod();
		Json.object(p, (field) -> switch (field) {
			case "metadata" -> {
				b.meta = Metadata.read(p, METADATA);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "nodeName" -> {
						b.nodeName = in.intern(Json.text(p));
						yield true;
					}
					case "hostNetwork" -> {
						b.hostNetwork = Json.bool(p);
						yield true;
					}
					case "containers" -> {
						boolean[] first = { true };
						Json.array(p, () -> {
							Container c = container(p);
							b.cpu += c.cpu;
							b.memory += c.memory;
							if (first[0]) {
								b.flags = c.flags;
								b.image = c.image;
								first[0] = false;
							}
						});
						yield true;
					}
					case "initContainers" -> {
						Json.array(p, () -> {
							Container c = container(p);
							b.initCpu = Math.max(b.initCpu, c.cpu);
							b.initMemory = Math.max(b.initMemory, c.memory);
							b.sidecars |= c.restartAlways;
						});
						yield true;
					}
					case "volumes" -> {
						Json.array(p, () -> Json.object(p, (v) -> {
							if (!"persistentVolumeClaim".equals(v)) {
								return false;
							}
							Json.object(p, (c) -> {
								if ("claimName".equals(c)) {
									b.claims.add(Json.text(p));
									return true;
								}
								return false;
							});
							return true;
						}));
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> switch (s) {
					case "phase" -> {
						b.phase = in.intern(Json.text(p));
						yield true;
					}
					case "podIP" -> {
						b.podIp = Json.text(p);
						yield true;
					}
					case "reason" -> {
						b.reason = in.intern(Json.text(p));
						yield true;
					}
					case "message" -> {
						b.message = Json.text(p);
						yield true;
					}
					case "conditions" -> {
						Json.array(p, () -> {
							var c = Conditions.read(p, in).condition();
							if ("Ready".equals(c.type())) {
								b.ready = c.isTrue();
							}
							else if ("PodScheduled".equals(c.type()) && !c.isTrue() && b.reason.isEmpty()) {
								b.reason = c.reason();
								b.message = c.message();
							}
						});
						yield true;
					}
					case "containerStatuses", "initContainerStatuses" -> {
						Json.array(p, () -> {
							String[] waiting = containerStatus(p, b);
							if (!waiting[0].isEmpty() && (b.reason.isEmpty() || "Unschedulable".equals(b.reason))) {
								b.reason = in.intern(waiting[0]);
								b.message = waiting[1];
							}
						});
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			default -> false;
		});
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
				system ? in.intern(b.image) : "", !b.meta.annotations.isEmpty(), b.sidecars);
	}

	/** The pod as it is read, before it becomes an immutable fact. */
	private static final class Pod {
		Metadata meta;

		String nodeName = "";

		boolean hostNetwork;

		long cpu;

		long memory;

		long initCpu;

		long initMemory;

		final List<String> claims = new ArrayList<>();

		Map<String, String> flags = Map.of();

		String image = "";

		boolean sidecars;

		String phase = "";

		boolean ready;

		int restarts;

		String reason = "";

		String message = "";

		String podIp = "";
	}

	private record Container(long cpu, long memory, Map<String, String> flags, String image, boolean restartAlways) {
	}

	private static Container container(JsonParser p) {
		long[] cpuMem = new long[2];
		List<String> words = new ArrayList<>();
		String[] image = { "" };
		boolean[] restartAlways = { false };
		Json.object(p, (f) -> switch (f) {
			case "image" -> {
				image[0] = Json.text(p);
				yield true;
			}
			case "restartPolicy" -> {
				restartAlways[0] = "Always".equals(Json.text(p));
				yield true;
			}
			case "command", "args" -> {
				words.addAll(Json.stringList(p));
				yield true;
			}
			case "resources" -> {
				Json.object(p, (r) -> {
					if (!"requests".equals(r)) {
						return false;
					}
					var requests = NodeProjection.resources(p);
					cpuMem[0] = requests.cpuMillis();
					cpuMem[1] = requests.memoryBytes();
					return true;
				});
				yield true;
			}
			default -> false;
		});
		return new Container(cpuMem[0], cpuMem[1], Flags.parse(words), image[0], restartAlways[0]);
	}

	/** Adds restarts to the pod and returns the waiting reason and message, if any. */
	private static String[] containerStatus(JsonParser p, Pod pod) {
		String[] waiting = { "", "" };
		int[] restarts = { 0 };
		Json.object(p, (f) -> switch (f) {
			case "restartCount" -> {
				restarts[0] = Json.intValue(p);
				yield true;
			}
			case "state" -> {
				Json.object(p, (state) -> {
					if (!"waiting".equals(state)) {
						return false;
					}
					Json.object(p, (w) -> switch (w) {
						case "reason" -> {
							waiting[0] = Json.text(p);
							yield true;
						}
						case "message" -> {
							waiting[1] = Json.text(p);
							yield true;
						}
						default -> false;
					});
					return true;
				});
				yield true;
			}
			default -> false;
		});
		pod.restarts += restarts[0];
		return waiting;
	}

}
