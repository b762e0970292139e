package dev.kubeatlas.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.kubeatlas.cluster.ClusterRegistry;
import dev.kubeatlas.cluster.ClusterSource;
import dev.kubeatlas.cluster.facts.ClusterFacts;
import dev.kubeatlas.config.KubeAtlasProperties;
import dev.kubeatlas.i18n.Texts;

/**
 * Turns the latest facts of a cluster into panel views. Reads only what sources already published: no page
 * or fragment ever calls a cluster, so a thousand viewers cost the cluster nothing.
 */
@Component
public class PanelRenderer {

	/** The status panel, on every page: data age and what could not be read. */
	public static final String STATUS = "status";

	private final ClusterRegistry clusters;

	private final MessageSource messages;

	private final KubeAtlasProperties properties;

	private final Clock clock;

	private final Map<String, Panel<?>> panels = new LinkedHashMap<>();

	private final ViewCache views = new ViewCache(256);

	private final ViewCache etags = new ViewCache(1024);

	public PanelRenderer(ClusterRegistry clusters, MessageSource messages, KubeAtlasProperties properties,
			Clock clock, List<Panel<?>> panels) {
		this.clusters = clusters;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		for (Panel<?> panel : panels) {
			if (this.panels.putIfAbsent(panel.id(), panel) != null) {
				throw new IllegalStateException("Two panels are named " + panel.id());
			}
		}
	}

	public ClusterSource source(String cluster) {
		return clusters.find(cluster).orElseThrow(() -> new UnknownClusterException(cluster));
	}

	public boolean exists(String panelId) {
		return STATUS.equals(panelId) || panels.containsKey(panelId);
	}

	public PanelState render(String cluster, String panelId, Locale locale) {
		ClusterFacts facts = source(cluster).facts();
		if (STATUS.equals(panelId)) {
			StatusView view = StatusAnalyzer.analyze(facts, clock.instant(), properties.staleness());
			return new PanelState(STATUS, "layout/status", "status", view, digest(view.toString()));
		}
		Panel<?> panel = panels.get(panelId);
		if (panel == null) {
			throw new IllegalArgumentException("No panel named " + panelId);
		}
		return render(panel, facts, locale);
	}

	/**
	 * Fills what every cluster page's layout needs: the cluster, its status panel, the page's panels and its
	 * path for the navigation. Returns the template, so a page controller is one line.
	 */
	public String page(Model model, String cluster, Locale locale, String path, List<String> panelIds,
			String template) {
		model.addAttribute("current", source(cluster).identity());
		model.addAttribute("status", render(cluster, STATUS, locale));
		model.addAttribute("panels", panelIds.stream().map((p) -> render(cluster, p, locale)).toList());
		model.addAttribute("page", path);
		return template;
	}

	/** The view an analysis computes for the latest facts, e.g. for a page's JSON twin. */
	public <V> V view(String cluster, Analysis<V> analysis, Locale locale) {
		return versioned(cluster, analysis, locale).view();
	}

	/**
	 * The view with an ETag of the facts it was computed from, read once so that tag and body always belong
	 * together. The observation time keeps tags apart across restarts, when versions start again from 1.
	 */
	public <V> Versioned<V> versioned(String cluster, Analysis<V> analysis, Locale locale) {
		ClusterFacts facts = source(cluster).facts();
		String etag = "\"" + facts.version() + "-" + facts.observedAt().toEpochMilli() + "-" + locale.toLanguageTag()
				+ "\"";
		return new Versioned<>(etag, analyze(analysis, facts, locale));
	}

	/** A view and the ETag of the facts behind it. */
	public record Versioned<V>(String etag, V view) {
	}

	private <V> PanelState render(Panel<V> panel, ClusterFacts facts, Locale locale) {
		V analysis = analyze(panel.analysis(), facts, locale);
		Object view = panel.select().apply(analysis);
		ViewCache.Key key = new ViewCache.Key(facts.cluster().name(), "etag:" + panel.id(), locale.toLanguageTag());
		String etag = etags.get(key, facts.version(), () -> digest(view.toString()));
		return new PanelState(panel.id(), panel.template(), panel.fragment(), view, etag);
	}

	private <V> V analyze(Analysis<V> analysis, ClusterFacts facts, Locale locale) {
		ViewCache.Key key = new ViewCache.Key(facts.cluster().name(), analysis.name(), locale.toLanguageTag());
		return views.get(key, facts.version(), () -> analysis.analyze().apply(facts, new Texts(messages, locale)));
	}

	/** Records print all their content, so equal text means equal views; a digest keeps URLs short. */
	static String digest(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
