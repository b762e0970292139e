package dev.kubeprint.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.i18n.Texts;

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

	private final KubeprintProperties properties;

	private final Clock clock;

	private final Map<String, Panel<?>> panels = new LinkedHashMap<>();

	private final ViewCache views = new ViewCache(256);

	private final ViewCache etags = new ViewCache(1024);

	public PanelRenderer(ClusterRegistry clusters, MessageSource messages, KubeprintProperties properties,
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
	 * A cluster page made of panels: fills what the layout needs (the cluster, its status panel, the panels, the
	 * page's path for the navigation) and names the one template every such page shares, titled by
	 * {@code titleKey}. A page controller is then one line.
	 */
	public String page(Model model, String cluster, Locale locale, String path, List<String> panelIds,
			String titleKey) {
		model.addAttribute("current", source(cluster).identity());
		model.addAttribute("status", render(cluster, STATUS, locale));
		model.addAttribute("panels", panelIds.stream().map((p) -> render(cluster, p, locale)).toList());
		model.addAttribute("page", path);
		model.addAttribute("titleKey", titleKey);
		return "layout/panels-page";
	}

	/** The JSON twin of a page: the view with the ETag of the facts it came from, or 304 when the caller has it. */
	public <V> ResponseEntity<V> json(String cluster, Analysis<V> analysis, Locale locale, WebRequest request) {
		return json(cluster, analysis, locale, request, (v) -> v, "");
	}

	/**
	 * The same for a part of the view, e.g. one page of a paged list; {@code variant} tells such parts apart in
	 * the ETag.
	 */
	public <V, B> ResponseEntity<B> json(String cluster, Analysis<V> analysis, Locale locale, WebRequest request,
			Function<V, B> part, String variant) {
		Versioned<V> versioned = versioned(cluster, analysis, locale);
		String etag = variant.isEmpty() ? versioned.etag() : versioned.etag().replaceFirst("\"$", "-" + variant + "\"");
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(part.apply(versioned.view()));
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
