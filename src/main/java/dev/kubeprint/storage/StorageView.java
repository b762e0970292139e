package dev.kubeprint.storage;

import java.util.List;

import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Units;

/**
 * The storage page: what is broken and the summaries first, then every claim's chain.
 *
 * @param unavailable the kinds that could not be read and why; what they would have shown is UNKNOWN
 * @param broken every broken link, worst first
 * @param chains every claim's chain, broken ones first; pages of them are cut with {@link #page(int)}
 * @param chainsUnavailable why there are no chains to show when the claims could not be read, else empty
 */
public record StorageView(List<String> unavailable, SummaryView summary, List<BrokenLinkView> broken,
		List<ChainView> chains, String chainsUnavailable) {

	/** Enough for a screen, small enough that a fragment of thousands of claims stays light. */
	public static final int PAGE_SIZE = 50;

	public StorageView {
		unavailable = List.copyOf(unavailable);
		broken = List.copyOf(broken);
		chains = List.copyOf(chains);
	}

	/** Page {@code number} (from 1) of the chains; a number out of range gives the nearest page. */
	public ChainPage page(int number) {
		int pages = Math.max(1, (chains.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, number), pages);
		int from = (page - 1) * PAGE_SIZE;
		return new ChainPage(page, pages, chains.size(), PAGE_SIZE,
				chains.subList(from, Math.min(chains.size(), from + PAGE_SIZE)), chainsUnavailable);
	}

	/** Enough to read at once; beyond it the chains, broken first, carry the rest. */
	public static final int BROKEN_SHOWN = 200;

	/** The summary with what could not be read, the panel on top of the page. */
	public SummaryPanel summaryPanel() {
		return new SummaryPanel(unavailable, summary);
	}

	/** The broken links, the worst first, bounded so that a mass outage still renders quickly. */
	public BrokenPanel brokenPanel() {
		return new BrokenPanel(broken.subList(0, Math.min(broken.size(), BROKEN_SHOWN)), broken.size(), unavailable);
	}

	/** What the JSON twin answers: everything but the chains, and one page of those. */
	public Page json(int page) {
		return new Page(unavailable, summary, broken, page(page));
	}

	public record SummaryPanel(List<String> unavailable, SummaryView summary) {
	}

	/**
	 * @param total all broken links, of which {@code shown} are the first
	 * @param unavailable the kinds that could not be read: with any, "no broken link" cannot be said
	 */
	public record BrokenPanel(List<BrokenLinkView> shown, int total, List<String> unavailable) {

		public BrokenPanel {
			shown = List.copyOf(shown);
			unavailable = List.copyOf(unavailable);
		}

		/** Nothing found and everything read: only then is there provably no broken link. */
		public boolean provablyNone() {
			return total == 0 && unavailable.isEmpty();
		}

	}

	public record Page(List<String> unavailable, SummaryView summary, List<BrokenLinkView> broken, ChainPage chains) {
	}

	/**
	 * One page of chains, as the chains panel and the JSON twin serve it.
	 *
	 * @param unavailable why the claims could not be read, else empty
	 */
	public record ChainPage(int page, int pages, int total, int pageSize, List<ChainView> chains,
			String unavailable) {

		public ChainPage {
			chains = List.copyOf(chains);
		}

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

	/**
	 * @param volumeLimits how many volumes the nodes can attach, from their allocatable, with its basis; empty when
	 * no node reports one
	 * @param classes per StorageClass, plus one row for claims naming a class that does not exist
	 * @param brokenLinks the broken links found; with {@code complete} false, more may hide in what was not read
	 * @param complete whether every kind the chains need was read
	 * @param snapshots the VolumeSnapshot controller Deployments in the data, in words; empty when none is
	 */
	public record SummaryView(int claims, int bound, int pending, int volumes, int brokenLinks, Health health,
			List<ClassSummaryView> classes, List<DriverSummaryView> drivers, boolean complete, String snapshots,
			String volumeLimits) {

		public SummaryView {
			classes = List.copyOf(classes);
			drivers = List.copyOf(drivers);
		}

		public String claimsShown() {
			return Units.countOrUnknown(claims);
		}

		public String volumesShown() {
			return Units.countOrUnknown(volumes);
		}

		/** "0" only when everything was read; else what was found is a lower bound ("≥ 1") or unknown. */
		public String brokenLinksShown() {
			return complete ? Units.count(brokenLinks) : brokenLinks == 0 ? Units.UNKNOWN : "≥ " + Units.count(brokenLinks);
		}

	}

	/**
	 * @param exists false for a class that claims name but the cluster lacks
	 * @param requested what its claims ask for, in words ("320 GiB")
	 * @param provisioned what its bound volumes hold
	 * @param servedBy the pods of the Deployment that serves its provisioner, when it runs in the data; else empty
	 */
	public record ClassSummaryView(String name, boolean exists, boolean isDefault, String provisioner, String backend,
			String bindingMode, String reclaimPolicy, boolean expansion, int claims, int bound, int pending,
			String requested, String provisioned, Health health, String servedBy) {
	}

	/**
	 * @param objectPresent whether a CSIDriver object exists for it
	 * @param registeredNodes nodes whose CSINode lists it, of {@code nodes}; -1 when CSINodes were not read
	 * @param nodes -1 when neither nodes nor CSINodes were read
	 * @param consumingNodes nodes that run pods mounting its volumes; -1 when pods were not read
	 * @param missingOn consuming nodes where it is not registered
	 */
	public record DriverSummaryView(String name, boolean objectPresent, int registeredNodes, int nodes,
			int consumingNodes, List<String> missingOn, Health health) {

		public DriverSummaryView {
			missingOn = List.copyOf(missingOn);
		}

		public String missingOnShown() {
			return Units.orUnknown(String.join(", ", missingOn));
		}

		public String registeredShown() {
			return Units.countOrUnknown(registeredNodes);
		}

		public String nodesShown() {
			return Units.countOrUnknown(nodes);
		}

		public String consumingShown() {
			return Units.countOrUnknown(consumingNodes);
		}

	}

	/**
	 * A link of a chain that is broken.
	 *
	 * @param kind what broke, stable for scripts: pvc-pending-no-class, pv-released, driver-missing-on-node ...
	 * @param object the object it is about, as kubectl names it ("pvc batch/report-scratch")
	 * @param reason in words
	 * @param command the kubectl command that shows more
	 * @param chain the id of the claim's chain it breaks, or empty when it belongs to none
	 */
	public record BrokenLinkView(String kind, Health health, String object, String reason, String command,
			String chain) {
	}

	/**
	 * The chain of one claim, from the pods that mount it to the backend.
	 *
	 * @param id "namespace/name", also the anchor on the page
	 */
	public record ChainView(String id, String namespace, String name, Health health, List<LinkView> links) {

		public ChainView {
			links = List.copyOf(links);
		}

	}

	/**
	 * One box of a chain.
	 *
	 * @param kind pods, pvc, pv, storageclass, csidriver, csinode, volumeattachment or backend
	 * @param title the box's heading in the reader's language ("PersistentVolume")
	 * @param name the object's name, or a dash when there is none
	 * @param details facts of the object, one per line
	 * @param reason why it has its colour, shown on hover
	 */
	public record LinkView(String kind, String title, String name, Health health, List<String> details,
			String reason) {

		public LinkView {
			details = List.copyOf(details);
		}

	}

}
