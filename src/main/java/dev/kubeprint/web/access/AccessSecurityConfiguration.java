package dev.kubeprint.web.access;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;

/**
 * The two doors. The actuator: health open and silent about clusters, the Prometheus export behind its own bearer
 * token, nothing else. Everything else: static assets open, the rest by the mode (OIDC sign-in, a trusted proxy's
 * headers, or anonymous where the guard allows it), with viewer tokens in every mode. Which cluster and page a
 * reader may see is decided per request by {@link AccessInterceptor}, here only whether they are let in at all.
 */
@Configuration(proxyBeanMethods = false)
class AccessSecurityConfiguration {

	private static final String[] STATIC = { "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/favicon.ico",
			"/error" };

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, AccessProperties access) throws Exception {
		MetricsToken metrics = new MetricsToken(access);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((a) -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(metrics)
				.anyRequest()
				.denyAll())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((e) -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AccessProperties access, Clock clock) throws Exception {
		Mode mode = access.mode();
		if (mode == Mode.PROXY) {
			http.addFilterBefore(new ProxyHeadersFilter(access.proxy()), AnonymousAuthenticationFilter.class);
		}
		http.addFilterBefore(new ViewerTokenFilter(new ViewerTokens(access.viewerTokens(), clock), clock),
				AnonymousAuthenticationFilter.class);
		http.authorizeHttpRequests((a) -> {
			a.requestMatchers(STATIC).permitAll();
			if (mode == Mode.NONE) {
				a.anyRequest().permitAll();
			}
			else {
				a.anyRequest().authenticated();
			}
		});
		// Framing is said by SecurityHeadersFilter's Content-Security-Policy frame-ancestors, per page and embed.
		http.headers((h) -> h.frameOptions((f) -> f.disable()));
		if (mode == Mode.OIDC) {
			IssuerRegistration registration = new IssuerRegistration(access.oidc());
			http.oauth2Login((o) -> o.clientRegistrationRepository(registration)
				.loginPage("/oauth2/authorization/" + IssuerRegistration.ID));
			// A panel refresh or a JSON caller whose session ended gets 401, not a redirect to the issuer it cannot
			// follow; a refresh is told to open its page again, which goes through the issuer.
			http.exceptionHandling((e) -> e.defaultAuthenticationEntryPointFor(new SessionEndedEntryPoint(true),
					machines()));
			// Only a page is worth coming back to after sign-in: a refresh saved instead would end sign-in on a
			// bare fragment.
			HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
			pagesOnly.setRequestMatcher(new AndRequestMatcher((r) -> "GET".equals(r.getMethod()),
					new NegatedRequestMatcher(machines())));
			http.requestCache((c) -> c.requestCache(pagesOnly));
			http.logout((l) -> l.logoutSuccessHandler(SignOut.issuerLogout(registration)));
		}
		else {
			http.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(AbstractHttpConfigurer::disable)
				.exceptionHandling((e) -> e.authenticationEntryPoint(new SessionEndedEntryPoint(false)));
		}
		return http.build();
	}

	private static RequestMatcher machines() {
		return new OrRequestMatcher(new RequestHeaderRequestMatcher("HX-Request"),
				(request) -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
	}

}
