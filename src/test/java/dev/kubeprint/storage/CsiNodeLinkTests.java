package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.replacing;
import static dev.kubeprint.storage.StorageYaml.csiNode;
import static org.assertj.core.api.Assertions.assertThat;

class CsiNodeLinkTests {

	@Test
	void theDriverRegisteredWhereThePodRunsIsHealthy() {
		LinkEvaluator.Evaluated link = evaluate(CsiNodeLink::new, healthy());
		assertThat(link.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(link.link().name()).isEqualTo("n1");
		assertThat(link.broken()).isEmpty();
	}

	@Test
	void theDriverMissingWhereThePodRunsBreaksTheChain() {
		LinkEvaluator.Evaluated link = evaluate(CsiNodeLink::new,
				replacing(healthy(), "name: n1}\nspec:\n  drivers", csiNode("n1", "nas.example.com")));
		assertThat(link.link().health()).isEqualTo(Health.DOWN);
		assertThat(link.link().details()).containsExactly("n1: not registered");
		assertThat(link.broken()).singleElement().satisfies((b) -> {
			assertThat(b.kind()).isEqualTo("driver-missing-on-node");
			assertThat(b.object()).isEqualTo("csinode n1");
			assertThat(b.chain()).isEqualTo(StorageLinks.CLAIM);
		});
	}

}
