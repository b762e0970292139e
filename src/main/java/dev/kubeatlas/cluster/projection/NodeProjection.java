package dev.kubeatlas.cluster.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kubeatlas.cluster.facts.ConditionFact;
import dev.kubeatlas.cluster.facts.NodeFact;
import dev.kubeatlas.cluster.facts.NodeFact.NodeInfo;
import dev.kubeatlas.cluster.facts.Resources;
import tools.jackson.core.JsonParser;

final class NodeProjection implements Projection<NodeFact> {

	private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

	@Override
	public NodeFact project(JsonParser p, Interner interner) {
		var b = new Object() {
			Metadata meta;

			boolean unschedulable;

			final List<String> taints = new ArrayList<>();

			final List<String> podCidrs = new ArrayList<>();

			String providerId = "";

			Resources capacity = Resources.NONE;

			Resources allocatable = Resources.NONE;

			ConditionFact ready;

			final List<ConditionFact> conditions = new ArrayList<>();

			NodeInfo info = NodeInfo.UNKNOWN;

			String internalIp = "";

			Instant heartbeat;
		};
		Json.object(p, (field) -> switch (field) {
			case "metadata" -> {
				b.meta = Metadata.read(p, Metadata.LABELLED);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "unschedulable" -> {
						b.unschedulable = Json.bool(p);
						yield true;
					}
					case "taints" -> {
						Json.array(p, () -> b.taints.add(taint(p)));
						yield true;
					}
					case "podCIDR" -> {
						String cidr = Json.text(p);
						if (!cidr.isEmpty() && !b.podCidrs.contains(cidr)) {
							b.podCidrs.add(cidr);
						}
						yield true;
					}
					case "podCIDRs" -> {
						for (String cidr : Json.stringList(p)) {
							if (!b.podCidrs.contains(cidr)) {
								b.podCidrs.add(cidr);
							}
						}
						yield true;
					}
					case "providerID" -> {
						b.providerId = Json.text(p);
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> switch (s) {
					case "capacity" -> {
						b.capacity = resources(p);
						yield true;
					}
					case "allocatable" -> {
						b.allocatable = resources(p);
						yield true;
					}
					case "conditions" -> {
						Json.array(p, () -> {
							Conditions.Read read = Conditions.read(p, interner);
							ConditionFact c = read.condition();
							if ("Ready".equals(c.type())) {
								b.ready = c;
								b.heartbeat = read.heartbeat();
							}
							else {
								b.conditions.add(c);
							}
						});
						yield true;
					}
					case "addresses" -> {
						Json.array(p, () -> {
							String[] typeAndAddress = { "", "" };
							Json.object(p, (a) -> switch (a) {
								case "type" -> {
									typeAndAddress[0] = Json.text(p);
									yield true;
								}
								case "address" -> {
									typeAndAddress[1] = Json.text(p);
									yield true;
								}
								default -> false;
							});
							if ("InternalIP".equals(typeAndAddress[0]) && b.internalIp.isEmpty()) {
								b.internalIp = typeAndAddress[1];
							}
						});
						yield true;
					}
					case "nodeInfo" -> {
						b.info = nodeInfo(p, interner);
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
		List<String> roles = b.meta.labels.keySet()
			.stream()
			.filter((k) -> k.startsWith(ROLE_PREFIX) && k.length() > ROLE_PREFIX.length())
			.map((k) -> interner.intern(k.substring(ROLE_PREFIX.length())))
			.sorted()
			.toList();
		return new NodeFact(b.meta.name, b.meta.labels, roles, b.unschedulable, b.ready, b.conditions, b.taints,
				b.info, b.internalIp, b.podCidrs, b.providerId, b.capacity, b.allocatable, b.heartbeat, b.meta.created);
	}

	private static String taint(JsonParser p) {
		String[] kve = { "", "", "" };
		Json.object(p, (f) -> switch (f) {
			case "key" -> {
				kve[0] = Json.text(p);
				yield true;
			}
			case "value" -> {
				kve[1] = Json.text(p);
				yield true;
			}
			case "effect" -> {
				kve[2] = Json.text(p);
				yield true;
			}
			default -> false;
		});
		return kve[0] + (kve[1].isEmpty() ? "" : "=" + kve[1]) + ":" + kve[2];
	}

	static Resources resources(JsonParser p) {
		long[] cpuMemPods = new long[3];
		Json.object(p, (name) -> switch (name) {
			case "cpu" -> {
				cpuMemPods[0] = Quantities.millis(Json.text(p));
				yield true;
			}
			case "memory" -> {
				cpuMemPods[1] = Quantities.whole(Json.text(p));
				yield true;
			}
			case "pods" -> {
				cpuMemPods[2] = Quantities.whole(Json.text(p));
				yield true;
			}
			default -> false;
		});
		return new Resources(cpuMemPods[0], cpuMemPods[1], cpuMemPods[2]);
	}

	private static NodeInfo nodeInfo(JsonParser p, Interner in) {
		String[] v = { "", "", "", "", "", "", "" };
		Json.object(p, (f) -> {
			int i = switch (f) {
				case "kubeletVersion" -> 0;
				case "kubeProxyVersion" -> 1;
				case "containerRuntimeVersion" -> 2;
				case "osImage" -> 3;
				case "kernelVersion" -> 4;
				case "architecture" -> 5;
				case "operatingSystem" -> 6;
				default -> -1;
			};
			if (i < 0) {
				return false;
			}
			v[i] = in.intern(Json.text(p));
			return true;
		});
		return new NodeInfo(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
	}

}
