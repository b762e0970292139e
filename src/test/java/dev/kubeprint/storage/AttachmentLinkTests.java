package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;

import static dev.kubeprint.storage.StorageLinks.evaluate;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.replacing;
import static dev.kubeprint.storage.StorageLinks.without;
import static dev.kubeprint.storage.StorageYaml.attachment;
import static org.assertj.core.api.Assertions.assertThat;

class AttachmentLinkTests {

	@Test
	void anAttachedVolumeIsHealthy() {
		LinkEvaluator.Evaluated link = evaluate(AttachmentLink::new, healthy());
		assertThat(link.link().health()).isEqualTo(Health.HEALTHY);
		assertThat(link.link().details()).containsExactly("n1: attached");
	}

	@Test
	void anAttachErrorIsDownAndLeftToTheUnclaimedBreaks() {
		LinkEvaluator.Evaluated link = evaluate(AttachmentLink::new, replacing(healthy(), "kind: VolumeAttachment",
				attachment("csi-1", "n1", "pv-1", false, "volume limit reached", "")));
		assertThat(link.link().health()).isEqualTo(Health.DOWN);
		assertThat(link.link().reason()).isEqualTo("Attach to n1 failed: volume limit reached");
		assertThat(link.broken()).isEmpty();
	}

	@Test
	void noAttachmentWhereAPodRunsIsDegraded() {
		LinkEvaluator.Evaluated link = evaluate(AttachmentLink::new, without(healthy(), "kind: VolumeAttachment"));
		assertThat(link.link().health()).isEqualTo(Health.DEGRADED);
	}

}
