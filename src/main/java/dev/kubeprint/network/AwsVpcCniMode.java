package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kubeprint.i18n.Texts;

/** The AWS VPC CNI gives pods ENI addresses; its aws-node env says which extras are on. */
final class AwsVpcCniMode implements CniMode.Reader {

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
		return new CniMode("ENI" + (extras.isEmpty() ? "" : " (" + String.join(", ", extras) + ")"), "aws-node env");
	}

}
