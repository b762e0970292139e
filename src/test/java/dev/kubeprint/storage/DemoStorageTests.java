package dev.kubeprint.storage;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.ChainView;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.reference.StorageBackends;

import static dev.kubeprint.storage.StorageAnalyzerTests.chain;
import static dev.kubeprint.storage.StorageAnalyzerTests.link;
import static org.assertj.core.api.Assertions.assertThat;

/** The bundled demo cluster shows the storage problems its README promises, and nothing else is broken. */
class DemoStorageTests {

	private static final StorageView VIEW = new StorageAnalyzer(StorageBackends.load()).analyze(TestFacts.demo(),
			Texts.of(Locale.ENGLISH));

	@Test
	void theDemoShowsItsStorageProblemsAndNoOthers() {
		assertThat(VIEW.broken()).extracting(BrokenLinkView::kind)
			.containsExactlyInAnyOrder("attach-error", "driver-missing-on-node", "node-affinity-excludes",
					"pvc-pending-missing-class", "pv-released", "resize-pending");
		assertThat(VIEW.broken().get(0).health()).isEqualTo(Health.DOWN);
		assertThat(VIEW.unavailable()).isEmpty();
	}

	@Test
	void thePendingClaimWaitsForAClassThatDoesNotExist() {
		BrokenLinkView pending = broken("pvc-pending-missing-class");
		assertThat(pending.object()).isEqualTo("pvc batch/report-scratch");
		assertThat(pending.reason()).contains("fast-ssd does not exist");
		assertThat(pending.command()).isEqualTo("kubectl -n batch describe pvc report-scratch");
		assertThat(link(chain(VIEW, "batch/report-scratch"), "pods").name()).isEqualTo("report-generator-pdd72l8tfj-xmvqk");
	}

	@Test
	void theReleasedVolumeKeepsTheDataOfAClaimThatIsGone() {
		BrokenLinkView released = broken("pv-released");
		assertThat(released.object()).isEqualTo("pv d-bp1eafx6vpvv5hgtp2fk");
		assertThat(released.reason()).contains("data/data-postgres-old", "Retain");
		assertThat(released.chain()).isEmpty();
	}

	@Test
	void redisOnMemory5CannotAttachBecauseTheDiskDriverIsNotRegisteredThere() {
		assertThat(broken("driver-missing-on-node").reason()).contains("diskplugin.csi.alibabacloud.com",
				"not registered on node memory-5", "data/redis-0");
		assertThat(broken("attach-error").reason()).startsWith("Attach to memory-5 failed: rpc error")
			.contains("not found in the list of registered CSI drivers");
		ChainView redis = chain(VIEW, "data/data-redis-0");
		assertThat(redis.health()).isEqualTo(Health.DOWN);
		assertThat(link(redis, "csinode").health()).isEqualTo(Health.DOWN);
		assertThat(link(redis, "volumeattachment").health()).isEqualTo(Health.DOWN);
		assertThat(link(redis, "pvc").health()).isEqualTo(Health.HEALTHY);
		assertThat(link(redis, "backend").name()).isEqualTo("Alibaba Cloud ESSD PL1");
		var disk = VIEW.summary().drivers().stream()
			.filter((d) -> d.name().equals("diskplugin.csi.alibabacloud.com"))
			.findFirst()
			.orElseThrow();
		assertThat(disk.registeredNodes()).isEqualTo(23);
		assertThat(disk.nodes()).isEqualTo(24);
		assertThat(disk.missingOn()).containsExactly("memory-5");
	}

	@Test
	void postgres1WaitsForItsFileSystemToGrow() {
		BrokenLinkView resize = broken("resize-pending");
		assertThat(resize.object()).isEqualTo("pvc data/data-postgres-1");
		assertThat(resize.reason()).startsWith("Resize pending: requests 300 GiB but has 200 GiB");
	}

	@Test
	void healthyChainsAndClassSummaries() {
		ChainView catalog = chain(VIEW, "shop/catalog-images");
		assertThat(catalog.health()).isEqualTo(Health.HEALTHY);
		assertThat(link(catalog, "pods").details()).as("the evicted pod holds no volume").hasSize(4);
		assertThat(link(catalog, "volumeattachment").health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(VIEW.summary().claims()).isEqualTo(8);
		assertThat(VIEW.summary().bound()).isEqualTo(7);
		assertThat(VIEW.summary().pending()).isEqualTo(1);
		assertThat(VIEW.summary().classes()).extracting((c) -> c.name() + " " + c.backend() + " " + c.requested())
			.containsExactly("alicloud-disk-essd Alibaba Cloud ESSD PL1 230 GiB",
					"alicloud-disk-essd-pl2 Alibaba Cloud ESSD PL2 500 GiB",
					"alicloud-nas NAS (Alibaba Cloud, subdirectory per volume) 50 GiB", "fast-ssd — 100 GiB");
	}

	private static BrokenLinkView broken(String kind) {
		return StorageAnalyzerTests.only(VIEW, kind);
	}

}
