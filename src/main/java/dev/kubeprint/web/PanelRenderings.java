package dev.kubeprint.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.kubeprint.cluster.facts.ClusterIdentity;

/**
 * The HTML of one cut of a panel, rendered once per way it is shown (on a page or in an embed, whose refresh URL
 * differs) and language, then reused by every reader of that cut. It lives and dies with its {@link PanelState}, so
 * {@link PanelCache} bounds it; a few entries at most, since a caller may send any language.
 */
final class PanelRenderings {

	private static final int MOST = 8;

	private final ClusterIdentity cluster;

	private final Map<String, RenderedPanel> rendered = new ConcurrentHashMap<>();

	PanelRenderings(ClusterIdentity cluster) {
		this.cluster = cluster;
	}

	ClusterIdentity cluster() {
		return cluster;
	}

	RenderedPanel get(boolean embed, Locale locale, Supplier<RenderedPanel> render) {
		String key = (embed ? "embed:" : "page:") + locale.toLanguageTag();
		RenderedPanel known = rendered.get(key);
		if (known != null) {
			return known;
		}
		if (rendered.size() >= MOST) {
			return render.get();
		}
		// Readers of a cut not yet rendered wait for the one rendering rather than each rendering it.
		return rendered.computeIfAbsent(key, (k) -> render.get());
	}

	/** Records compare and print their components: a cut is itself, whatever was rendered of it so far. */
	@Override
	public String toString() {
		return "rendered " + rendered.keySet();
	}

}
