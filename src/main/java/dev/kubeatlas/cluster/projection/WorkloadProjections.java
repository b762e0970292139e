package dev.kubeatlas.cluster.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeatlas.cluster.facts.DaemonSetFact;
import dev.kubeatlas.cluster.facts.DeploymentFact;
import dev.kubeatlas.cluster.facts.LeaseFact;
import tools.jackson.core.JsonParser;

/** DaemonSets, Deployments and Leases: how the cluster's own components are run and who leads them. */
final class WorkloadProjections {

	private WorkloadProjections() {
	}

	/** What a pod template tells: its images and, for kube-system, its plain environment. */
	private static final class Template {

		final List<String> images = new ArrayList<>();

		final Map<String, String> env = new HashMap<>();

		void read(JsonParser p, Interner in) {
			Json.object(p, (t) -> {
				if (!"spec".equals(t)) {
					return false;
				}
				Json.object(p, (s) -> {
					if (!"containers".equals(s) && !"initContainers".equals(s)) {
						return false;
					}
					Json.array(p, () -> Json.object(p, (c) -> switch (c) {
						case "image" -> {
							images.add(in.intern(Json.text(p)));
							yield true;
						}
						case "env" -> {
							Json.array(p, () -> {
								String[] nameValue = { "", null };
								Json.object(p, (e) -> switch (e) {
									case "name" -> {
										nameValue[0] = Json.text(p);
										yield true;
									}
									case "value" -> {
										nameValue[1] = Json.text(p);
										yield true;
									}
									default -> false;
								});
								if (nameValue[1] != null) {
									env.putIfAbsent(nameValue[0], nameValue[1]);
								}
							});
							yield true;
						}
						default -> false;
					}));
					return true;
				});
				return true;
			});
		}

	}

	static final Projection<DaemonSetFact> DAEMON_SET = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		int[] counts = new int[4];
		Template template = new Template();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> {
					if ("template".equals(s)) {
						template.read(p, in);
						return true;
					}
					return false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> {
					int i = switch (s) {
						case "desiredNumberScheduled" -> 0;
						case "numberReady" -> 1;
						case "numberAvailable" -> 2;
						case "updatedNumberScheduled" -> 3;
						default -> -1;
					};
					if (i < 0) {
						return false;
					}
					counts[i] = Json.intValue(p);
					return true;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		boolean system = "kube-system".equals(m.namespace);
		return new DaemonSetFact(in.intern(m.namespace), m.name, counts[0], counts[1], counts[2], counts[3],
				template.images, system ? template.env : Map.of());
	};

	static final Projection<DeploymentFact> DEPLOYMENT = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		// replicas defaults to 1 when the spec leaves it out.
		int[] counts = { 1, 0, 0, 0 };
		Template template = new Template();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "replicas" -> {
						counts[0] = Json.intValue(p);
						yield true;
					}
					case "template" -> {
						template.read(p, in);
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> {
					int i = switch (s) {
						case "readyReplicas" -> 1;
						case "availableReplicas" -> 2;
						case "updatedReplicas" -> 3;
						default -> -1;
					};
					if (i < 0) {
						return false;
					}
					counts[i] = Json.intValue(p);
					return true;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		return new DeploymentFact(in.intern(m.namespace), m.name, counts[0], counts[1], counts[2], counts[3],
				template.images);
	};

	static final Projection<LeaseFact> LEASE = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		var l = new Object() {
			String holder = "";

			Integer duration;

			java.time.Instant acquired;

			java.time.Instant renewed;

			Integer transitions;
		};
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.LABELLED);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "holderIdentity" -> {
						l.holder = Json.text(p);
						yield true;
					}
					case "leaseDurationSeconds" -> {
						l.duration = Json.intValue(p);
						yield true;
					}
					case "acquireTime" -> {
						l.acquired = Json.time(p);
						yield true;
					}
					case "renewTime" -> {
						l.renewed = Json.time(p);
						yield true;
					}
					case "leaseTransitions" -> {
						l.transitions = Json.intValue(p);
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		return new LeaseFact(in.intern(m.namespace), m.name, l.holder, l.duration, l.acquired, l.renewed,
				l.transitions, m.labels);
	};

}
