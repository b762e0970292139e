package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.without;
import static org.assertj.core.api.Assertions.assertThat;

class DriverLinkTests {

	@Test
	void aDriverWithItsObjectIsHealthy() {
		LinkEvaluator.Evaluated driver = evaluate(DriverLink::new, healthy());
		assertThat(driver.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(driver.link().name()).isEqualTo(StorageYaml.DRIVER);
	}

	@Test
	void aDriverWithoutItsObjectIsDegraded() {
		LinkEvaluator.Evaluated driver = evaluate(DriverLink::new, without(healthy(), "kind: CSIDriver"));
		assertThat(driver.link().health()).isEqualTo(Health.DEGRADED);
		assertThat(driver.broken()).isEmpty();
	}

}
