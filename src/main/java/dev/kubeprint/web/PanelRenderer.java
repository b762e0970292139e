package dev.kubeprint.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.web.Pages.Placed;

/**
 * Turns the latest facts of a cluster into panel views and JSON. Reads only what sources already published:
 * no page or fragment ever calls a cluster, so a thousand viewers cost the cluster nothing.
 */
@Component
public class PanelRenderer {

	/** The status panel, on every page: data age and what could not be read. */
	public static final String STATUS = "status";

	/** How many pages of a paged panel are kept rendered: the ones readers are on, not every number asked for. */
	static final int CACHED_PAGES = 10;

	private final ClusterRegistry clusters;

	private final KubeprintProperties properties;

	private final Clock clock;

	private final Analyses analyses;

	private final PanelCache states;

	/** From the findings feature, which the web must not know by name; absent, no panel links to findings. */
	private final ObjectProvider<Analysis<PanelFindings>> panelFindings;

	public PanelRenderer(ClusterRegistry clusters, MessageSource messages, KubeprintProperties properties,
			Clock clock, ObjectProvider<Analysis<PanelFindings>> panelFindings) {
		this.clusters = clusters;
		this.properties = properties;
		this.clock = clock;
		// Every cluster's views stay cached however many clusters the fleet shows at once.
		this.analyses = new Analyses(messages, clusters.clusters().size());
		this.states = new PanelCache(1024 * Math.max(1, clusters.clusters().size()), backgroundCuts());
		this.panelFindings = panelFindings;
	}

	/**
	 * Threads that cut panels for newer facts while readers are answered from the previous cut: one per core, at most
	 * four, none kept while idle. One cut at most waits per panel, language and page, so the queue is bounded by the
	 * cache.
	 */
	private static Executor backgroundCuts() {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "kubeprint-panel-cut-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	public ClusterSource source(String cluster) {
		return clusters.find(cluster).orElseThrow(() -> new UnknownClusterException(cluster));
	}

	/**
	 * The status panel of a cluster. It shows the data age as a timestamp the browser counts from, so time moves it
	 * only when the data goes stale; that, with the facts version, is its stamp. Its view is the same in every
	 * language, its HTML is rendered per language.
	 */
	public PanelState status(String cluster) {
		ClusterFacts facts = source(cluster).facts();
		Instant now = clock.instant();
		Duration staleness = properties.staleness();
		PanelCache.Stamp stamp = new PanelCache.Stamp(facts.version(), facts.stale(now, staleness) ? 1 : 0);
		return states.get(new PanelCache.Key(facts.cluster().name(), STATUS, "", 1), stamp, () -> {
			StatusView view = StatusAnalyzer.analyze(facts, now, staleness);
			return new PanelState(STATUS, "layout/status", "status", view, digest(view.toString()), "", "", null,
					new PanelRenderings(facts.cluster()));
		});
	}

	/**
	 * The result of an analysis for a cluster's latest facts, from the same cache the pages read: for code that
	 * needs findings or views outside a request (the alert rules, the metrics export).
	 */
	public <V> V view(String cluster, Analysis<V> analysis, Locale locale) {
		return analyses.view(source(cluster).facts(), analysis, locale);
	}

	/** The same for facts already in hand, so that a caller reads one snapshot throughout. */
	public <V> V view(ClusterFacts facts, Analysis<V> analysis, Locale locale) {
		return analyses.view(facts, analysis, locale);
	}

	/** Every panel of a page by id, in the page's order; paged panels show page {@code number}. */
	public <V> Map<String, PanelState> panels(String cluster, PageDeclaration<V> page, int number, Locale locale) {
		return panels(cluster, page, PanelQuery.page(number), locale);
	}

	/** The same for a query: paged panels show its page, sorted and filtered panels also its sort and filter. */
	public <V> Map<String, PanelState> panels(String cluster, PageDeclaration<V> page, PanelQuery query,
			Locale locale) {
		Map<String, PanelState> states = new LinkedHashMap<>();
		for (Panel<V> panel : page.panels()) {
			states.put(panel.id(), render(cluster, new Placed<>(page, panel), query, locale));
		}
		return states;
	}

	/**
	 * A panel cut from its page's view, or the cut already made for these facts (and, for a live panel, its
	 * revision): an unchanged refresh then costs a lookup, with nothing cut, printed or hashed. Its etag is a digest
	 * of what it shows, not of the whole view, so a change elsewhere on the page does not resend it; what it says of
	 * its findings is part of what it shows.
	 */
	public <V> PanelState render(String cluster, Placed<V> placed, int number, Locale locale) {
		return render(cluster, placed, PanelQuery.page(number), locale);
	}

	/** The same for a query; a panel that is not sorted or filtered on the server reads only its page. */
	public <V> PanelState render(String cluster, Placed<V> placed, PanelQuery query, Locale locale) {
		ClusterFacts facts = source(cluster).facts();
		Panel<V> panel = placed.panel();
		int page = panel.paged() ? query.page() : 1;
		// Only the first pages of a paged panel in its own order are kept: keeping each number, column or filter
		// asked for would let callers fill the cache. A live panel that says nothing of when it moves is cut on
		// every request.
		boolean asked = !query.sort().isEmpty() || query.descending() || !query.filter().isEmpty();
		if (panel.paged() && (asked || page < 1 || page > CACHED_PAGES) || panel.live() && panel.revision() == null) {
			return cut(facts, placed, query, locale);
		}
		PanelCache.Stamp stamp = new PanelCache.Stamp(facts.version(),
				panel.revision() == null ? 0 : panel.revision().of(facts));
		// A live panel says what moves between facts versions (alerts firing, data going stale): it never lags.
		Duration lag = panel.live() ? Duration.ZERO : properties.ui().panelLag();
		return states.get(new PanelCache.Key(facts.cluster().name(), panel.id(), locale.toLanguageTag(), page),
				stamp, lag, () -> cut(facts, placed, PanelQuery.page(page), locale));
	}

	private <V> PanelState cut(ClusterFacts facts, Placed<V> placed, PanelQuery query, Locale locale) {
		Panel<V> panel = placed.panel();
		boolean readsView = panel.select().readsView();
		// A panel that is not live shows its view alone, so a newer view may stand in for these facts' own; a live
		// one reads the facts beside it, so its view must be of exactly these facts.
		V pageView = !readsView ? null
				: panel.live() ? analyses.view(facts, placed.page().analysis(), locale)
						: analyses.viewOrNewer(facts, placed.page().analysis(), locale);
		Object view = panel.select().apply(facts, pageView, query);
		PanelFindings.Badge findings = readsView ? findings(facts, panel.id(), locale) : null;
		return new PanelState(panel.id(), panel.template(), panel.fragment(), view, digest(view + "|" + findings),
				placed.page().path(), panel.part(), findings, new PanelRenderings(facts.cluster()));
	}

	private PanelFindings.Badge findings(ClusterFacts facts, String panel, Locale locale) {
		Analysis<PanelFindings> analysis = panelFindings.getIfUnique();
		return analysis == null ? null : analyses.viewOrNewer(facts, analysis, locale).byPanel().get(panel);
	}

	/**
	 * The JSON twin of a page with the ETag of the facts it came from, or 304 when the caller has it. Tag and
	 * body are read from one facts snapshot so they always belong together; the observation time keeps tags
	 * apart across restarts, when versions start again from 1. Sort and filter are part of the ETag, a digest
	 * keeping it short.
	 */
	public <V> ResponseEntity<Object> json(String cluster, PageDeclaration<V> page, PanelQuery query, Locale locale,
			WebRequest request) {
		ClusterFacts facts = source(cluster).facts();
		if (page.json().live()) {
			return liveJson(facts, page, locale, request);
		}
		String etag = "\"" + facts.version() + "-" + facts.observedAt().toEpochMilli() + "-" + locale.toLanguageTag()
				+ (page.json().paged() ? "-p" + query.page() + queryTag(query) : "") + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		V view = analyses.viewOrNewer(facts, page.analysis(), locale);
		return ResponseEntity.ok().eTag(etag).body(page.json().body().apply(facts, view, query));
	}

	private static String queryTag(PanelQuery query) {
		return query.sort().isEmpty() && !query.descending() && query.filter().isEmpty() ? ""
				: "-" + digest(query.encoded()).substring(0, 8);
	}

	/** A body that moves between facts versions is tagged by its content, which is computed first. */
	private <V> ResponseEntity<Object> liveJson(ClusterFacts facts, PageDeclaration<V> page, Locale locale,
			WebRequest request) {
		Object body = page.json().body().apply(facts, analyses.viewOrNewer(facts, page.analysis(), locale), 1);
		String etag = "\"" + digest(body.toString()) + "-" + locale.toLanguageTag() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(body);
	}

	/** Records print all their content, so equal text means equal views; a digest keeps URLs short. */
	public static String digest(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
