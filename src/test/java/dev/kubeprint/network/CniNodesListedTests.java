package dev.kubeprint.network;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.kubeprint.network.NetworkView.CniView;
import dev.kubeprint.network.NetworkView.NodeNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/** Calico's addresses on every node grow the CNI panel with the cluster: it lists fifty rows and counts the rest. */
class CniNodesListedTests {

	@Test
	void fiftyListedAndTheRestCounted() {
		List<NodeNetwork> nodes = IntStream.range(0, 120)
			.mapToObj((i) -> new NodeNetwork("n-" + i, "tunnel 10.0.0." + i, "projectcalico.org/IPv4IPIPTunnelAddr"))
			.toList();
		CniView cni = new CniView("calico", "Calico", "", "", List.of(), "", "", List.of(), nodes);
		assertThat(cni.nodesListed()).hasSize(50).containsExactlyElementsOf(nodes.subList(0, 50));
		assertThat(cni.nodesNotListed()).isEqualTo(70);
		assertThat(cni.nodes()).as("the JSON twin keeps every row").hasSize(120);
	}

}
