package dev.kubeprint.web.access;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.ViewerToken;
import dev.kubeprint.web.PanelRenderer;
import dev.kubeprint.web.Pages;

/**
 * Puts the per-cluster check in front of every handler. A viewer token naming a panel that no page declares stops
 * the start: an embed that silently shows nothing for months is worse than no start.
 */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	private final AccessDecisions access;

	private final Pages pages;

	AccessWebConfiguration(AccessDecisions access, Pages pages, AccessProperties properties) {
		this.access = access;
		this.pages = pages;
		checkPanels(properties.viewerTokens(), pages);
	}

	static void checkPanels(List<ViewerToken> tokens, Pages pages) {
		for (ViewerToken token : tokens) {
			for (String panel : token.panels()) {
				if (!PanelRenderer.STATUS.equals(panel) && pages.panel(panel).isEmpty()) {
					throw new IllegalStateException("kubeprint.access.viewer-tokens (" + token.name() + ") names panel '"
							+ panel + "', which no page declares; panels are "
							+ pages.navigation().stream().flatMap((p) -> p.panels().stream()).map((p) -> p.id()).toList());
				}
			}
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AccessInterceptor(access, pages));
	}

}
