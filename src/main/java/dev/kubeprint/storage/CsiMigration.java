package dev.kubeprint.storage;

import java.util.Collection;
import java.util.List;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.CsiNodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends.InTreePlugin;

/**
 * Whether an in-tree plugin that Kubernetes can migrate to CSI is migrated here. The reference only says it can
 * be; the kubelet says it is, per node, in the CSINode annotation storage.alpha.kubernetes.io/migrated-plugins.
 * Without CSINodes the answer is unknown, never "migrated".
 */
final class CsiMigration {

	static final String ANNOTATION = "storage.alpha.kubernetes.io/migrated-plugins";

	private static final int NAMED = 3;

	private CsiMigration() {
	}

	/** The in-tree plugin in words, with whether and on which CSINodes it is served by CSI. */
	/** @param unread why CSINodes could not be read, or null when they were */
	static String words(InTreePlugin plugin, Availability unread, Collection<CsiNodeFact> all, Texts t) {
		String driver = plugin.csiDriver() == null ? "—" : plugin.csiDriver();
		if (unread != null) {
			return unread.state() == Availability.State.NOT_COLLECTED
					? t.get("storage.intree.migration-not-collected", plugin.volumeType(), driver)
					: t.get("storage.intree.migration-unread", plugin.volumeType(), driver, unread.reason());
		}
		List<String> migrated = all.stream()
			.filter((n) -> n.migratedPlugins().contains(plugin.provisioner()))
			.map(CsiNodeFact::name)
			.sorted()
			.toList();
		if (migrated.isEmpty()) {
			return t.get("storage.intree.not-migrated", plugin.volumeType(), plugin.provisioner(), all.size());
		}
		String names = migrated.size() <= NAMED ? String.join(", ", migrated)
				: String.join(", ", migrated.subList(0, NAMED)) + " (+" + (migrated.size() - NAMED) + ")";
		return t.get("storage.intree.migrated", plugin.volumeType(), driver, migrated.size(), all.size(),
				plugin.provisioner(), names);
	}

}
