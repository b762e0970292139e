package dev.kubeprint.cluster.projection;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.EndpointSliceFact;
import dev.kubeprint.cluster.facts.NetworkPolicyFact;
import dev.kubeprint.cluster.facts.ServiceCidrFact;
import dev.kubeprint.cluster.facts.ServiceFact;
import tools.jackson.core.JsonToken;

/** Services, EndpointSlices, NetworkPolicies and ServiceCIDRs. */
final class NetworkProjections {

	private static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

	private NetworkProjections() {
	}

	private static final Fields<Port> PORT = new Fields<Port>().text("name", (t, v) -> t.name = v)
		.text("port", (t, v) -> t.port = v)
		.text("protocol", (t, v) -> t.protocol = v)
		.text("targetPort", (t, v) -> t.target = v);

	private static final Fields<Service> INGRESS = new Fields<Service>().text("ip", (s, v) -> s.external.add(v))
		.text("hostname", (s, v) -> s.external.add(v));

	private static final Fields<Service> SERVICE_FIELDS = new Fields<Service>()
		.field("metadata", (p, s) -> s.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec",
				new Fields<Service>().text("type", (s, v) -> s.type = v)
					.text("clusterIP", (s, v) -> s.clusterIp = v)
					.each("ports", (p, s) -> s.ports.add(PORT.read(p, new Port()).describe())))
		.object("status",
				new Fields<Service>().object("loadBalancer", new Fields<Service>().each("ingress", INGRESS::read)));

	static final Projection<ServiceFact> SERVICE = (p, in) -> {
		Service s = SERVICE_FIELDS.read(p, new Service());
		Metadata m = ConfigProjections.required(s.meta);
		return new ServiceFact(in.intern(m.namespace), m.name, in.intern(s.type), s.clusterIp, s.ports, s.external);
	};

	private static final class Service {

		Metadata meta;

		String type = "ClusterIP";

		String clusterIp = "";

		final List<String> ports = new ArrayList<>();

		final List<String> external = new ArrayList<>();

	}

	private static final class Port {

		String name = "";

		String port = "";

		String protocol = "TCP";

		String target = "";

		String describe() {
			String described = port + "/" + protocol + (target.isEmpty() || target.equals(port) ? "" : "→" + target);
			return name.isEmpty() ? described : name + " " + described;
		}

	}

	private static final Fields<Endpoint> ENDPOINT = new Fields<Endpoint>()
		.strings("addresses", (e, v) -> e.addresses = v)
		.object("conditions", new Fields<Endpoint>()
			.field("ready", (p, e) -> e.ready = p.currentToken() == JsonToken.VALUE_NULL || Json.bool(p)));

	private static final Fields<EndpointSlice> ENDPOINT_SLICE_FIELDS = new Fields<EndpointSlice>()
		.field("metadata", (p, s) -> s.meta = Metadata.read(p, Metadata.LABELLED))
		.text("addressType", (s, v) -> s.addressType = v)
		.each("endpoints", (p, s) -> s.add(ENDPOINT.read(p, new Endpoint())));

	static final Projection<EndpointSliceFact> ENDPOINT_SLICE = (p, in) -> {
		EndpointSlice s = ENDPOINT_SLICE_FIELDS.read(p, new EndpointSlice());
		Metadata m = ConfigProjections.required(s.meta);
		String service = m.label(SERVICE_NAME_LABEL);
		return new EndpointSliceFact(in.intern(m.namespace), m.name, service, in.intern(s.addressType), s.endpoints,
				s.ready, "default".equals(m.namespace) && "kubernetes".equals(service) ? s.addresses : List.of());
	};

	private static final class EndpointSlice {

		Metadata meta;

		String addressType = "";

		int endpoints;

		int ready;

		final List<String> addresses = new ArrayList<>();

		void add(Endpoint endpoint) {
			endpoints++;
			if (endpoint.ready) {
				ready++;
			}
			if (isApiServerSlice(meta)) {
				addresses.addAll(endpoint.addresses);
			}
		}

	}

	private static final class Endpoint {

		List<String> addresses = List.of();

		/** Absent or null means unknown, which the API says to read as ready. */
		boolean ready = true;

	}

	/** The endpoints of default/kubernetes are the API servers; every other slice is only counted. */
	private static boolean isApiServerSlice(Metadata meta) {
		return meta == null || ("default".equals(meta.namespace) && "kubernetes".equals(meta.label(SERVICE_NAME_LABEL)));
	}

	private static final Fields<Named> NAMED = new Fields<Named>()
		.field("metadata", (p, n) -> n.meta = Metadata.read(p, Metadata.PLAIN));

	/** Only the name: the rules are the CNI's business, the page only asks whether anything enforces them. */
	static final Projection<NetworkPolicyFact> NETWORK_POLICY = (p, in) -> {
		Metadata m = ConfigProjections.required(NAMED.read(p, new Named()).meta);
		return new NetworkPolicyFact(in.intern(m.namespace), m.name);
	};

	private static final class Named {

		Metadata meta;

	}

	private static final Fields<ServiceCidr> SERVICE_CIDR_FIELDS = new Fields<ServiceCidr>()
		.field("metadata", (p, c) -> c.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec", new Fields<ServiceCidr>().strings("cidrs", (c, v) -> c.cidrs.addAll(v)));

	static final Projection<ServiceCidrFact> SERVICE_CIDR = (p, in) -> {
		ServiceCidr c = SERVICE_CIDR_FIELDS.read(p, new ServiceCidr());
		return new ServiceCidrFact(ConfigProjections.required(c.meta).name, c.cidrs);
	};

	private static final class ServiceCidr {

		Metadata meta;

		final List<String> cidrs = new ArrayList<>();

	}

}
