package dev.kubeprint.storage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Terms are alternatives, requirements within a term all hold, as the scheduler reads them. */
class NodeAffinityTests {

	private static final Map<String, String> ZONE_A = Map.of("zone", "a", "arch", "amd64");

	@Test
	void anyTermAdmitsTheNode() {
		List<String> terms = List.of("zone In [b]", "zone In [a, c]");
		assertThat(NodeAffinity.admits(terms, "n1", ZONE_A)).isTrue();
		assertThat(NodeAffinity.admits(List.of("zone In [b]", "zone In [c]"), "n1", ZONE_A)).isFalse();
	}

	@Test
	void everyRequirementOfATermMustHold() {
		assertThat(NodeAffinity.admits(List.of("zone In [a] && arch In [arm64]"), "n1", ZONE_A)).isFalse();
		assertThat(NodeAffinity.admits(List.of("zone In [a] && arch In [amd64]"), "n1", ZONE_A)).isTrue();
	}

	@Test
	void operatorsAndTheNodeNameField() {
		assertThat(NodeAffinity.admits(List.of("zone NotIn [a]"), "n1", ZONE_A)).isFalse();
		assertThat(NodeAffinity.admits(List.of("gpu Exists"), "n1", ZONE_A)).isFalse();
		assertThat(NodeAffinity.admits(List.of("gpu DoesNotExist"), "n1", ZONE_A)).isTrue();
		assertThat(NodeAffinity.admits(List.of("metadata.name In [n1]"), "n1", ZONE_A)).isTrue();
		assertThat(NodeAffinity.admits(List.of("metadata.name In [n2]"), "n1", ZONE_A)).isFalse();
		assertThat(NodeAffinity.admits(List.of(), "n1", ZONE_A)).isTrue();
	}

}
