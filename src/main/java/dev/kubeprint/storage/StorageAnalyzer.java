package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.ChainView;
import dev.kubeprint.storage.StorageView.LinkView;

/**
 * Facts in, the storage chain of every claim out: pods → PVC → PV → StorageClass → CSIDriver → CSINode →
 * VolumeAttachment → backend, each link with its live state, and every broken link with its reason and the
 * kubectl command that shows more. No I/O, no Spring.
 *
 * <p>It only composes: the facts are indexed once ({@link StorageIndex}), each link is a {@link LinkEvaluator}
 * that returns what it found, the breaks of no single claim come from {@link UnclaimedBreaks}, the counts from
 * {@link StorageSummary}. Nothing is shared and written, so no order of calls matters.
 */
public final class StorageAnalyzer {

	/** The provisioner of classes whose volumes an administrator creates by hand. */
	static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

	/** Pods or nodes a box lists before it says how many more there are. */
	static final int LISTED = 8;

	private final StorageBackends backends;

	public StorageAnalyzer(StorageBackends backends) {
		this.backends = backends;
	}

	public StorageView analyze(ClusterFacts facts, Texts t) {
		StorageIndex index = StorageIndex.of(facts, backends);
		List<LinkEvaluator> links = links(index, t);
		List<ClaimChain> resolved = index.claims.stream().map(index::resolve).toList();
		List<ChainView> chains = new ArrayList<>();
		List<BrokenLinkView> broken = new ArrayList<>();
		for (ClaimChain claim : resolved) {
			List<LinkView> views = new ArrayList<>();
			for (LinkEvaluator link : links) {
				LinkEvaluator.Evaluated evaluated = link.evaluate(claim);
				views.add(evaluated.link());
				broken.addAll(evaluated.broken());
			}
			Health health = views.stream().map(LinkView::health).reduce(Health.HEALTHY, Health::worse);
			chains.add(new ChainView(claim.id(), claim.claim().namespace(), claim.claim().name(), health, views));
		}
		Set<String> ids = new LinkedHashSet<>();
		resolved.forEach((c) -> ids.add(c.id()));
		broken.addAll(new UnclaimedBreaks(index, t).find(ids));
		chains.sort(Comparator.comparingInt((ChainView c) -> c.health().worstFirst()).thenComparing(ChainView::id));
		broken.sort(Comparator.comparingInt((BrokenLinkView b) -> b.health().worstFirst())
			.thenComparing(BrokenLinkView::kind)
			.thenComparing(BrokenLinkView::object));
		StorageSummary summary = new StorageSummary(index, new ServingControllers(facts, backends, t), t);
		return new StorageView(index.unknownReasons(t), summary.summarize(resolved, broken),
				broken, chains, index.known(FactKind.PERSISTENT_VOLUME_CLAIMS) ? ""
						: index.unknownReason(FactKind.PERSISTENT_VOLUME_CLAIMS, t));
	}

	/** The links of a chain, in the order the page draws them. */
	static List<LinkEvaluator> links(StorageIndex index, Texts t) {
		return List.of(new PodsLink(index, t), new ClaimLink(index, t), new VolumeLink(index, t),
				new ClassLink(index, t), new DriverLink(index, t), new CsiNodeLink(index, t),
				new AttachmentLink(index, t), new BackendLink(index, t));
	}

	static String key(PersistentVolumeClaimFact claim) {
		return claim.namespace() + "/" + claim.name();
	}

}
