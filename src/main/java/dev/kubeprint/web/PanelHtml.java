package dev.kubeprint.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import dev.kubeprint.config.KubeprintProperties;

/**
 * Renders a panel once per cut and reuses the HTML. The panel's template sees only what it is declared to read
 * (the panel, its cluster, whether it is embedded, the refresh interval) and a request that carries nothing of the
 * reader's (see {@link NeutralRequest}): the HTML is shared by every reader, so nothing of one may end up in it.
 */
@Component
class PanelHtml {

	private final ObjectProvider<ITemplateEngine> engine;

	private final JakartaServletWebApplication application;

	private final double refreshSeconds;

	/** The engine is asked for late: it holds {@link PanelDialect}, which holds this. */
	PanelHtml(ObjectProvider<ITemplateEngine> engine, ServletContext servletContext, KubeprintProperties properties) {
		this.engine = engine;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
		// As LayoutModelAdvice gives it to the rest of the page.
		this.refreshSeconds = properties.ui().refreshInterval().toMillis() / 1000.0;
	}

	RenderedPanel of(PanelState state, boolean embed, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return state.renderings().get(embed, locale, () -> {
			Map<String, Object> variables = Map.of("state", state, "current", state.renderings().cluster(), "embed",
					embed, "refreshSeconds", refreshSeconds);
			WebContext context = new WebContext(
					application.buildExchange(new NeutralRequest(request, locale), new NeutralRequest.Response(response)),
					locale, variables);
			return RenderedPanel.render(engine.getObject(), context);
		});
	}

}
