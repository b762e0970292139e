package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.with;
import static dev.kubeprint.storage.StorageYaml.pvc;
import static dev.kubeprint.storage.StorageYaml.storageClass;
import static org.assertj.core.api.Assertions.assertThat;

class BackendLinkTests {

	@Test
	void aProvisionedVolumeNamesItsBackend() {
		LinkEvaluator.Evaluated backend = evaluate(BackendLink::new, healthy());
		assertThat(backend.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(backend.link().name()).isEqualTo("AWS EBS gp3");
	}

	@Test
	void anUnknownProvisionerIsSaidUnknownNotGuessed() {
		LinkEvaluator.Evaluated backend = evaluate(BackendLink::new,
				with(healthy(), storageClass("fancy", "csi.fancy.example.com", "Immediate", false, true),
						pvc("app", "fancy-data", "fancy", "1Gi", "Pending", "", "")),
				"app/fancy-data");
		assertThat(backend.link().health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(backend.link().details()).containsExactly("csi.fancy.example.com");
		assertThat(backend.link().reason()).contains("csi.fancy.example.com");
	}

}
