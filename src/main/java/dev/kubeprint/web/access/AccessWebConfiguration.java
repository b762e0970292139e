package dev.kubeprint.web.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.kubeprint.web.ClusterAccess;
import dev.kubeprint.web.Pages;

/** Puts the per-cluster check in front of every handler. */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	private final ClusterAccess access;

	private final Pages pages;

	AccessWebConfiguration(ClusterAccess access, Pages pages) {
		this.access = access;
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AccessInterceptor(access, pages));
	}

}
