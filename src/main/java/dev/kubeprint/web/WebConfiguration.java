package dev.kubeprint.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

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

	/**
	 * The static files by their own paths, instead of Spring Boot's catch-all {@code /**}
	 * ({@code spring.web.resources.add-mappings: false}). With the webjars locator present, every link a page writes
	 * goes through the resource URL encoder, which looked each one up as a static file under the catch-all: several
	 * classpath lookups in the packaged jar for every navigation link, about 60 % of a page's CPU (BENCHMARKS.md,
	 * "Pages at 150,000 pods"). Now only links under these paths are looked up, once each (the resource chain's
	 * cache), and the files are served from memory.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.resourceChain(true)
			.addResolver(new StaticFilesInMemory());
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.resourceChain(true)
			.addResolver(new StaticFilesInMemory());
		registry.addResourceHandler("/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new StaticFilesInMemory());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new StaticFilesInMemory())
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
