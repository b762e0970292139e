package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.FactKind;

import static dev.kubeprint.storage.StorageLinks.EN;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.index;
import static dev.kubeprint.storage.StorageLinks.with;
import static dev.kubeprint.storage.StorageYaml.pvc;
import static dev.kubeprint.storage.StorageYaml.storageClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageIndexTests {

	@Test
	void aClaimResolvesToEveryObjectOfItsChain() {
		ClaimChain chain = StorageLinks.chain(index(healthy()), StorageLinks.CLAIM);
		assertThat(chain.pods()).extracting((p) -> p.name()).containsExactly("db-0");
		assertThat(chain.pv().name()).isEqualTo("pv-1");
		assertThat(chain.className()).isEqualTo("gp3");
		assertThat(chain.storageClass().name()).isEqualTo("gp3");
		assertThat(chain.driver()).isEqualTo(StorageYaml.DRIVER);
	}

	@Test
	void aClaimThatNamesNoClassGetsTheNewestDefault() {
		StorageIndex index = index(with(healthy(),
				storageClass("gp2", StorageYaml.DRIVER, "Immediate", true, false, "2026-06-01T00:00:00Z"),
				pvc("app", "no-class", null, "1Gi", "Pending", "", "")));
		assertThat(StorageLinks.chain(index, "app/no-class").className()).isEqualTo("gp2");
	}

	@Test
	void itCannotBeChangedAfterItIsBuilt() {
		StorageIndex index = index(healthy());
		assertThatThrownBy(() -> index.pvs.clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> index.attachmentsByVolume.get("pv-1").clear())
			.isInstanceOf(UnsupportedOperationException.class);
		assertThat(index.known(FactKind.CSI_NODES)).isTrue();
		assertThat(index.unknownReasons(EN)).isEmpty();
	}

}
