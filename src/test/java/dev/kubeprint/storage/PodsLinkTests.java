package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.replacing;
import static dev.kubeprint.storage.StorageYaml.pod;
import static org.assertj.core.api.Assertions.assertThat;

class PodsLinkTests {

	@Test
	void aReadyPodIsHealthy() {
		LinkEvaluator.Evaluated pods = evaluate(PodsLink::new, healthy());
		assertThat(pods.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(pods.link().details()).containsExactly("db-0 @ n1");
		assertThat(pods.broken()).isEmpty();
	}

	@Test
	void theOnlyPodNotReadyIsDown() {
		LinkEvaluator.Evaluated pods = evaluate(PodsLink::new,
				replacing(healthy(), "name: db-0, namespace", pod("app", "db-0", "n1", "data-db-0", false)));
		assertThat(pods.link().health()).isEqualTo(Health.DOWN);
		assertThat(pods.link().reason()).contains("db-0");
	}

}
