package dev.kubeprint.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.IServletWebExchange;

/**
 * {@code kp:panel="${state}"}: a panel's cached HTML, inserted unescaped. This is the one unescaped insertion in
 * the app, and it is narrow on purpose: it takes a {@link PanelState} and nothing else, and inserts only the
 * {@link RenderedPanel} the panel's own template produced for it, in which the templates escaped every cluster
 * string as they do everywhere. Only {@code components/panel :: panel} uses it; a page thus costs the lookup of
 * its panels, not their rendering.
 */
@Component
class PanelDialect extends AbstractProcessorDialect {

	private final Set<IProcessor> processors;

	PanelDialect(PanelHtml html) {
		super("Kubeprint", "kp", StandardDialect.PROCESSOR_PRECEDENCE);
		this.processors = Set.of(new PanelProcessor(html));
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return processors;
	}

	private static final class PanelProcessor extends AbstractAttributeTagProcessor {

		private final PanelHtml html;

		PanelProcessor(PanelHtml html) {
			super(TemplateMode.HTML, "kp", null, false, "panel", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
			this.html = html;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			if (!(value instanceof PanelState state)) {
				throw new TemplateProcessingException("kp:panel inserts a PanelState's rendered HTML, not " + value);
			}
			if (!(context instanceof IWebContext web) || !(web.getExchange() instanceof IServletWebExchange exchange)) {
				throw new TemplateProcessingException("kp:panel renders only within a request");
			}
			boolean embed = Boolean.TRUE.equals(context.getVariable("embed"));
			RenderedPanel rendered = html.of(state, embed, context.getLocale(),
					(HttpServletRequest) exchange.getNativeRequestObject(),
					(HttpServletResponse) exchange.getNativeResponseObject());
			structureHandler.replaceWith(rendered.html(), false);
		}

	}

}
