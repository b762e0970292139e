package dev.kubeprint.web;

import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/**
 * A panel's HTML exactly as the template engine wrote it, every cluster string in it escaped by the templates like
 * anywhere else. It is the only HTML the app inserts into a page unescaped ({@link PanelDialect}), so it has no
 * other way to be made: no public constructor, and its one factory runs the panel's template.
 */
final class RenderedPanel {

	/** The panel as a page shows it; {@code components/panel :: panel} inserts it. */
	static final String TEMPLATE = "components/panel";

	static final String FRAGMENT = "render";

	private final String html;

	private RenderedPanel(String html) {
		this.html = html;
	}

	static RenderedPanel render(ITemplateEngine engine, IContext context) {
		return new RenderedPanel(engine.process(TEMPLATE, Set.of(FRAGMENT), context));
	}

	String html() {
		return html;
	}

}
