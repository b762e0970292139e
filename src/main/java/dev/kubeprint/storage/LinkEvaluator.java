package dev.kubeprint.storage;

import java.util.List;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.LinkView;

/**
 * One link of a claim's chain. It reads the immutable index and returns everything it found, its box and
 * the broken links, so links can be evaluated in any order and each can be tested alone.
 */
interface LinkEvaluator {

	Evaluated evaluate(ClaimChain chain);

	/** A link's box, and the broken links it found on the way. */
	record Evaluated(LinkView link, List<BrokenLinkView> broken) {

		public Evaluated {
			broken = List.copyOf(broken);
		}

		public static Evaluated of(LinkView link) {
			return new Evaluated(link, List.of());
		}

	}

	/**
	 * A box lists a few pods or nodes, then how many more: a claim mounted by a thousand pods must not make a
	 * box a thousand lines long. Every one of them is still checked.
	 */
	static void listed(Texts t, List<String> details, int total, String line) {
		if (details.size() < StorageAnalyzer.LISTED) {
			details.add(line);
		}
		else if (details.size() == StorageAnalyzer.LISTED) {
			details.add(t.get("storage.more", total - StorageAnalyzer.LISTED));
		}
	}

}
