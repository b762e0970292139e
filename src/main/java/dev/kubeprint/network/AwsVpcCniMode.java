package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.i18n.Texts;

/**
 * The AWS VPC CNI gives pods ENI addresses; its aws-node env says which extras are on. The notes state the IP
 * family, prefix delegation and the network-policy agent as the env and containers write them, and "unknown"
 * when the DaemonSet or the variable is not in the data: the defaults changed across versions, so an absent
 * variable proves nothing.
 */
final class AwsVpcCniMode implements CniMode.Reader {

	/** The image of the container that enforces NetworkPolicies, added to aws-node from VPC CNI 1.14. */
	private static final String POLICY_AGENT = "aws-network-policy-agent";

	@Override
	public String cni() {
		return "aws-vpc-cni";
	}

	@Override
	public CniMode read(CniMode.Inputs inputs, Texts t) {
		Map<String, String> env = inputs.env();
		List<String> extras = new ArrayList<>();
		if ("true".equals(env.get("ENABLE_PREFIX_DELEGATION"))) {
			extras.add("prefix delegation");
		}
		if ("true".equals(env.get("AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG"))) {
			extras.add("custom networking");
		}
		return new CniMode("ENI" + (extras.isEmpty() ? "" : " (" + String.join(", ", extras) + ")"), "aws-node env",
				notes(inputs, t));
	}

	private static List<String> notes(CniMode.Inputs inputs, Texts t) {
		if (inputs.daemonSet() == null) {
			return List.of(t.get("network.aws.no-daemonset"));
		}
		Map<String, String> env = inputs.env();
		return List.of(flag(env, "ENABLE_IPv6", "network.aws.ipv6", t),
				flag(env, "ENABLE_PREFIX_DELEGATION", "network.aws.prefix", t), policyAgent(inputs, t));
	}

	/** "on" or "off" with the variable as its basis; unknown when aws-node does not set it. */
	private static String flag(Map<String, String> env, String name, String key, Texts t) {
		String value = env.get(name);
		if (value == null) {
			return t.get(key + ".unknown", name);
		}
		return t.get(key + ("true".equals(value) ? ".on" : ".off"), name + "=" + value);
	}

	/** Whether a policy agent container runs beside aws-node, by its image; the env flag alone enforces nothing. */
	private static String policyAgent(CniMode.Inputs inputs, Texts t) {
		Optional<String> image = inputs.daemonSet().images().stream().filter((i) -> i.contains(POLICY_AGENT)).findFirst();
		if (image.isPresent()) {
			return t.get("network.aws.policy-agent.runs", image.get());
		}
		String flag = inputs.env().get("ENABLE_NETWORK_POLICY");
		return t.get("network.aws.policy-agent.none", flag == null ? "—" : flag);
	}

}
