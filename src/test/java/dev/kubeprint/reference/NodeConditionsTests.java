package dev.kubeprint.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeConditionsTests {

	@Test
	void everyKnownTypeHasAPolarityAndBothLanguages() {
		NodeConditions table = ReferenceCatalog.load().nodeConditions();
		assertThat(table.all()).allSatisfy((c) -> {
			assertThat(c.description().en()).isNotBlank();
			assertThat(c.description().zh()).isNotBlank();
		});
		assertThat(table.type("MemoryPressure")).get().satisfies((c) -> assertThat(c.badWhenTrue()).isTrue());
		assertThat(table.type("ReadonlyFilesystem")).get().satisfies((c) -> assertThat(c.badWhenTrue()).isTrue());
		assertThat(table.type("EtcdIsVoter")).get().satisfies((c) -> assertThat(c.badWhenTrue()).isFalse());
		assertThat(table.type("GPUHealthy")).isEmpty();
	}

	@Test
	void coreDnsAsKubeadmShipsIt() {
		AddOnVersions addOns = ReferenceCatalog.load().addOnVersions();
		assertThat(addOns.coreDnsFor(21)).contains("1.8.0");
		assertThat(addOns.coreDnsFor(24)).contains("1.8.6");
		assertThat(addOns.coreDnsFor(32)).contains("1.11.3");
		assertThat(addOns.coreDnsFor(15)).isEmpty();
	}

}
