package dev.kubeprint.storage;

import java.util.List;

import dev.kubeprint.cluster.facts.CsiDriverFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.LinkView;

/** StorageClass → CSIDriver: the CSI driver object, or the in-tree plugin that stands in for one. */
final class DriverLink implements LinkEvaluator {

	private final StorageIndex index;

	private final Texts t;

	DriverLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		String driver = chain.driver();
		String title = t.get("storage.link.csidriver");
		String inTree = index.inTreeOf(chain.pv(), chain.storageClass());
		if (inTree != null) {
			String words = index.inTreeWords(inTree, t);
			return Evaluated.of(new LinkView("csidriver", title, inTree, Health.NOT_APPLICABLE, List.of(words), words));
		}
		if (driver == null) {
			return Evaluated.of(new LinkView("csidriver", title, "—", Health.NOT_APPLICABLE, List.of(),
					t.get("storage.driver.none")));
		}
		if (!index.known(FactKind.CSI_DRIVERS)) {
			return Evaluated.of(new LinkView("csidriver", title, driver, Health.UNKNOWN, List.of(),
					index.unknownReason(FactKind.CSI_DRIVERS, t)));
		}
		CsiDriverFact object = index.drivers.get(driver);
		if (object == null) {
			return Evaluated.of(new LinkView("csidriver", title, driver, Health.DEGRADED,
					List.of(t.get("storage.driver.no-object")), t.get("storage.driver.no-object.reason", driver)));
		}
		List<String> details = List.of(t.get("storage.driver.attach", object.attachRequired()),
				t.get("storage.driver.fsgroup", object.fsGroupPolicy()),
				t.get("storage.driver.podinfo", object.podInfoOnMount()));
		return Evaluated.of(new LinkView("csidriver", title, driver, Health.HEALTHY, details, t.get("storage.driver.ok")));
	}

}
