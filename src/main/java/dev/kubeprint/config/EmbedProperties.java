package dev.kubeprint.config;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may frame a panel, under {@code kubeprint.web.embed}.
 *
 * @param frameAncestors the portals allowed to frame {@code /embed/…}, as CSP sources such as
 * {@code https://portal.example.com}; empty (the default) lets nobody frame anything
 */
@ConfigurationProperties("kubeprint.web.embed")
public record EmbedProperties(@DefaultValue List<String> frameAncestors) {

	/**
	 * CSP source expressions that name origins: {@code 'self'}, a scheme ({@code https:}), a host with optional
	 * scheme, wildcard subdomain, port and path. Each entry goes into a response header verbatim, so anything
	 * else (a space, a ';', a quote) could add directives of its own and is refused at startup.
	 */
	private static final Pattern SOURCE = Pattern.compile("'self'|\\*|[a-zA-Z][a-zA-Z0-9+.-]*:"
			+ "|([a-zA-Z][a-zA-Z0-9+.-]*://)?((\\*\\.)?[a-zA-Z0-9.-]+|\\[[0-9a-fA-F:]+])(:([0-9]{1,5}|\\*))?"
			+ "(/[A-Za-z0-9._~!$&()*+=:@/%-]*)?");

	public EmbedProperties {
		frameAncestors = (frameAncestors != null) ? List.copyOf(frameAncestors) : List.of();
		for (String source : frameAncestors) {
			if (source == null || !SOURCE.matcher(source).matches()) {
				throw new IllegalArgumentException("kubeprint.web.embed.frame-ancestors: '" + source
						+ "' is not an origin such as https://portal.example.com");
			}
		}
	}

	/** The CSP directive's value: the allowed portals, or {@code 'none'} when there are none. */
	public String frameAncestorsSource() {
		return frameAncestors.isEmpty() ? "'none'" : String.join(" ", frameAncestors);
	}

}
