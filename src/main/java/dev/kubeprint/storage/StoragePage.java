package dev.kubeprint.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/**
 * The storage page: summary and broken links whole, the chains a page at a time, in HTML (each page
 * refreshing at /clusters/{cluster}/storage/chains?page=N) and in JSON (?page=N).
 */
@Configuration(proxyBeanMethods = false)
class StoragePage {

	/** Loaded once at startup, so a malformed data file stops the app naming the file. */
	@Bean
	StorageBackends storageBackends() {
		return StorageBackends.load();
	}

	@Bean
	PageDeclaration<StorageView> storageDeclaration(StorageBackends backends) {
		return PageDeclaration.of("storage", 60, "nav.storage", new StorageAnalyzer(backends)::analyze)
			.panel("storage-summary", StorageView::summaryPanel)
			.panel("storage-broken", StorageView::brokenPanel)
			.pagedPanel("storage-chains", "chains", StorageView::page)
			.pagedJson(StorageView::json);
	}

	/** Broken links as findings, read from the page's own view so the two never disagree. */
	@Bean
	CheckFamily storageChecks(PageDeclaration<StorageView> storageDeclaration) {
		return new CheckFamily("storage", Analysis.of("checks:storage", storageDeclaration.analysis(),
				new StorageChecks()::check));
	}

}
