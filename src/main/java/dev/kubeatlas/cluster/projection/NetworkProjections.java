package dev.kubeatlas.cluster.projection;

import java.util.ArrayList;
import java.util.List;

import dev.kubeatlas.cluster.facts.EndpointSliceFact;
import dev.kubeatlas.cluster.facts.NetworkPolicyFact;
import dev.kubeatlas.cluster.facts.ServiceCidrFact;
import dev.kubeatlas.cluster.facts.ServiceFact;

/** Services, EndpointSlices, NetworkPolicies and ServiceCIDRs. */
final class NetworkProjections {

	private static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

	private NetworkProjections() {
	}

	static final Projection<ServiceFact> SERVICE = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		String[] typeAndIp = { "ClusterIP", "" };
		List<String> ports = new ArrayList<>();
		List<String> external = new ArrayList<>();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "type" -> {
						typeAndIp[0] = in.intern(Json.text(p));
						yield true;
					}
					case "clusterIP" -> {
						typeAndIp[1] = Json.text(p);
						yield true;
					}
					case "ports" -> {
						Json.array(p, () -> ports.add(port(p)));
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> {
					if (!"loadBalancer".equals(s)) {
						return false;
					}
					Json.object(p, (lb) -> {
						if (!"ingress".equals(lb)) {
							return false;
						}
						Json.array(p, () -> Json.object(p, (i) -> {
							if ("ip".equals(i) || "hostname".equals(i)) {
								external.add(Json.text(p));
								return true;
							}
							return false;
						}));
						return true;
					});
					return true;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		return new ServiceFact(in.intern(m.namespace), m.name, typeAndIp[0], typeAndIp[1], ports, external);
	};

	private static String port(tools.jackson.core.JsonParser p) {
		String[] v = { "", "", "TCP", "" };
		Json.object(p, (f) -> {
			int i = switch (f) {
				case "name" -> 0;
				case "port" -> 1;
				case "protocol" -> 2;
				case "targetPort" -> 3;
				default -> -1;
			};
			if (i < 0) {
				return false;
			}
			v[i] = Json.text(p);
			return true;
		});
		String port = v[1] + "/" + v[2] + (v[3].isEmpty() || v[3].equals(v[1]) ? "" : "→" + v[3]);
		return v[0].isEmpty() ? port : v[0] + " " + port;
	}

	static final Projection<EndpointSliceFact> ENDPOINT_SLICE = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		String[] addressType = { "" };
		int[] counts = new int[2];
		List<String> addresses = new ArrayList<>();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.LABELLED);
				yield true;
			}
			case "addressType" -> {
				addressType[0] = in.intern(Json.text(p));
				yield true;
			}
			case "endpoints" -> {
				Json.array(p, () -> {
					// "ready" absent means unknown, which the API says to read as ready.
					boolean[] ready = { true };
					List<String> own = new ArrayList<>();
					Json.object(p, (e) -> switch (e) {
						case "addresses" -> {
							own.addAll(Json.stringList(p));
							yield true;
						}
						case "conditions" -> {
							Json.object(p, (c) -> {
								if ("ready".equals(c)) {
									ready[0] = p.currentToken() == tools.jackson.core.JsonToken.VALUE_NULL || Json.bool(p);
									return true;
								}
								return false;
							});
							yield true;
						}
						default -> false;
					});
					counts[0]++;
					if (ready[0]) {
						counts[1]++;
					}
					if (isApiServerSlice(meta[0])) {
						addresses.addAll(own);
					}
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		String service = m.label(SERVICE_NAME_LABEL);
		return new EndpointSliceFact(in.intern(m.namespace), m.name, service, addressType[0], counts[0], counts[1],
				"default".equals(m.namespace) && "kubernetes".equals(service) ? addresses : List.of());
	};

	/** The endpoints of default/kubernetes are the API servers; every other slice is only counted. */
	private static boolean isApiServerSlice(Metadata meta) {
		return meta == null || ("default".equals(meta.namespace) && "kubernetes".equals(meta.label(SERVICE_NAME_LABEL)));
	}

	/** Only the name: the rules are the CNI's business, the page only asks whether anything enforces them. */
	static final Projection<NetworkPolicyFact> NETWORK_POLICY = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		Json.object(p, (f) -> {
			if ("metadata".equals(f)) {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				return true;
			}
			return false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		return new NetworkPolicyFact(in.intern(m.namespace), m.name);
	};

	static final Projection<ServiceCidrFact> SERVICE_CIDR = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		List<String> cidrs = new ArrayList<>();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> {
					if ("cidrs".equals(s)) {
						cidrs.addAll(Json.stringList(p));
						return true;
					}
					return false;
				});
				yield true;
			}
			default -> false;
		});
		return new ServiceCidrFact(ConfigProjections.required(meta[0]).name, cidrs);
	};

}
