package dev.kubeprint.web.access;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.kubeprint.config.AccessProperties.Proxy;

/**
 * The user and groups an authenticating proxy (oauth2-proxy, Pomerium, an ingress with auth) puts in headers,
 * believed only from the proxy's own addresses: the connection's remote address decides, never X-Forwarded-For,
 * which anyone can write. The same headers from anyone else are refused outright rather than ignored, so a
 * misrouted request shows up in the log instead of quietly reading as anonymous. Not a bean, like
 * {@link ViewerTokenFilter}.
 */
class ProxyHeadersFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ProxyHeadersFilter.class);

	private final List<IpAddressMatcher> trusted;

	private final String userHeader;

	private final String groupsHeader;

	ProxyHeadersFilter(Proxy proxy) {
		if (proxy.trustedAddresses().isEmpty()) {
			throw new IllegalStateException("kubeprint.access.mode=proxy needs kubeprint.access.proxy.trusted-addresses: "
					+ "the addresses or CIDRs of the proxy that signs users in (e.g. 10.0.0.0/8)");
		}
		this.trusted = proxy.trustedAddresses().stream().map(String::trim).map(IpAddressMatcher::new).toList();
		this.userHeader = proxy.userHeader();
		this.groupsHeader = proxy.groupsHeader();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = request.getHeader(userHeader);
		boolean claims = user != null || request.getHeader(groupsHeader) != null;
		if (!claims) {
			chain.doFilter(request, response);
			return;
		}
		String remote = request.getRemoteAddr();
		if (!trustedAddress(remote)) {
			log.warn("refused {}/{} headers from {}, which is not in kubeprint.access.proxy.trusted-addresses",
					userHeader, groupsHeader, remote);
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		if (user != null && !user.isBlank()) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new ViewerAuthentication(Viewer.user(user.trim(), groups(request))));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private boolean trustedAddress(String remote) {
		return remote != null && trusted.stream().anyMatch((m) -> m.matches(remote));
	}

	/** Proxies send groups comma-separated in one header, or the header repeated. */
	private Set<String> groups(HttpServletRequest request) {
		Set<String> groups = new LinkedHashSet<>();
		for (String value : Collections.list(request.getHeaders(groupsHeader))) {
			Arrays.stream(value.split(",")).map(String::trim).filter((g) -> !g.isEmpty()).forEach(groups::add);
		}
		return groups;
	}

}
