package dev.kubeprint.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: ?lang=zh-CN or ?lang=en sticks in a cookie; otherwise Accept-Language decides. A trailing slash
 * names the same page: /clusters/demo/ answers like /clusters/demo.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("kubeprint-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> request.getLocale() != null ? request.getLocale() : Locale.ENGLISH);
		return resolver;
	}

	/** The request is read without its slash rather than redirected, so it answers exactly like the page. */
	@Bean
	UrlHandlerFilter trailingSlashes() {
		return UrlHandlerFilter.trailingSlashHandler("/clusters/**", "/api/clusters/**").wrapRequest().build();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
