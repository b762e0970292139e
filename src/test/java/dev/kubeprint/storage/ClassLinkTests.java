package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.with;
import static dev.kubeprint.storage.StorageYaml.pvc;
import static dev.kubeprint.storage.StorageYaml.storageClass;
import static org.assertj.core.api.Assertions.assertThat;

class ClassLinkTests {

	@Test
	void aClassADriverServesIsHealthy() {
		LinkEvaluator.Evaluated link = evaluate(ClassLink::new, healthy());
		assertThat(link.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(link.link().name()).isEqualTo("gp3");
	}

	@Test
	void aClassNoDriverServesIsDegradedAndReportedOnceElsewhere() {
		LinkEvaluator.Evaluated link = evaluate(ClassLink::new,
				with(healthy(), storageClass("fancy", "csi.fancy.example.com", "Immediate", false, true),
						pvc("app", "fancy-data", "fancy", "1Gi", "Pending", "", "")),
				"app/fancy-data");
		assertThat(link.link().health()).isEqualTo(Health.DEGRADED);
		assertThat(link.link().reason()).contains("csi.fancy.example.com has no CSIDriver object");
		assertThat(link.broken()).isEmpty();
	}

	@Test
	void aClassThatDoesNotExistIsDown() {
		LinkEvaluator.Evaluated link = evaluate(ClassLink::new,
				with(healthy(), pvc("app", "lost-class", "fast-ssd", "1Gi", "Pending", "", "")), "app/lost-class");
		assertThat(link.link().health()).isEqualTo(Health.DOWN);
		assertThat(link.link().reason()).isEqualTo("StorageClass fast-ssd referenced by the PVC is missing from the data");
	}

}
