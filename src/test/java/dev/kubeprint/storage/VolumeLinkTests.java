package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.replacing;
import static dev.kubeprint.storage.StorageYaml.pod;
import static org.assertj.core.api.Assertions.assertThat;

class VolumeLinkTests {

	@Test
	void aBoundVolumeWhoseAffinityAdmitsThePodsNodeIsHealthy() {
		LinkEvaluator.Evaluated pv = evaluate(VolumeLink::new, healthy());
		assertThat(pv.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(pv.broken()).isEmpty();
	}

	@Test
	void anAffinityThatExcludesThePodsNodeBreaksTheVolume() {
		LinkEvaluator.Evaluated pv = evaluate(VolumeLink::new,
				replacing(healthy(), "name: db-0, namespace", pod("app", "db-0", "n2", "data-db-0", true)));
		assertThat(pv.link().health()).isEqualTo(Health.DOWN);
		assertThat(pv.broken()).singleElement().satisfies((b) -> {
			assertThat(b.kind()).isEqualTo("node-affinity-excludes");
			assertThat(b.object()).isEqualTo("pv pv-1");
			assertThat(b.reason()).isEqualTo(pv.link().reason());
		});
	}

}
