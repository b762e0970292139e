package dev.kubeprint.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;
import dev.kubeprint.reference.StorageBackends;

/** The storage page's panels, all cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class StoragePanels {

	static final String TEMPLATE = "storage/panels";

	static final String SUMMARY = "storage-summary";

	static final String BROKEN = "storage-broken";

	static final String CHAINS = "storage-chains";

	@Bean
	NavigationItem storagePage() {
		return new NavigationItem(60, "/storage", "nav.storage");
	}

	/** Loaded once at startup, so a malformed data file stops the app naming the file. */
	@Bean
	StorageBackends storageBackends() {
		return StorageBackends.load();
	}

	@Bean
	Analysis<StorageView> storageAnalysis(StorageBackends backends) {
		StorageAnalyzer analyzer = new StorageAnalyzer(backends);
		return new Analysis<>("storage", analyzer::analyze);
	}

	@Bean
	Panel<StorageView> storageSummaryPanel(Analysis<StorageView> storage) {
		return Panel.of(SUMMARY, TEMPLATE, storage, StorageView::summaryPanel);
	}

	@Bean
	Panel<StorageView> storageBrokenPanel(Analysis<StorageView> storage) {
		return Panel.of(BROKEN, TEMPLATE, storage, StorageView::brokenPanel);
	}

	/** Alone (embedded, or polled by the generic panel URL) the chains panel shows the first page. */
	@Bean
	Panel<StorageView> storageChainsPanel(Analysis<StorageView> storage) {
		return Panel.of(CHAINS, TEMPLATE, storage, StorageView::firstPage);
	}

}
