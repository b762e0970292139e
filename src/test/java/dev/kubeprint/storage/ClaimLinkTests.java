package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.with;
import static dev.kubeprint.storage.StorageYaml.pvc;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimLinkTests {

	@Test
	void aBoundClaimWithWhatItAskedForIsHealthyAndBreaksNothing() {
		LinkEvaluator.Evaluated claim = evaluate(ClaimLink::new, healthy());
		assertThat(claim.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(claim.link().reason()).contains("pv-1");
		assertThat(claim.broken()).isEmpty();
	}

	@Test
	void aPendingClaimWhoseClassDoesNotExistIsABrokenLinkOfItsOwn() {
		LinkEvaluator.Evaluated claim = evaluate(ClaimLink::new,
				with(healthy(), pvc("batch", "scratch", "fast-ssd", "1Gi", "Pending", "", "")), "batch/scratch");
		assertThat(claim.link().health()).isEqualTo(Health.DOWN);
		assertThat(claim.broken()).singleElement().satisfies((b) -> {
			assertThat(b.kind()).isEqualTo("pvc-pending-missing-class");
			assertThat(b.object()).isEqualTo("pvc batch/scratch");
			assertThat(b.chain()).isEqualTo("batch/scratch");
			assertThat(b.reason()).isEqualTo(claim.link().reason());
		});
	}

}
