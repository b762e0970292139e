package dev.kubeprint.web.access;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * In proxy mode the proxy is recognised by the address of the connection. Spring Boot on Kubernetes lets Tomcat
 * replace that address with X-Forwarded-For whenever the peer is in a private range, which a pod next door could
 * use to pass for the proxy; so in proxy mode that replacement is taken out, after Boot's own customizer put it in,
 * and the framework's forwarded-header filter, which does the same, is refused at startup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kubeprint.access.mode", havingValue = "proxy")
@ConditionalOnClass(TomcatWebServerFactory.class)
class ProxyPeerAddress {

	private static final Logger log = LoggerFactory.getLogger(ProxyPeerAddress.class);

	@Bean
	WebServerFactoryCustomizer<TomcatWebServerFactory> connectionAddressOnly(Environment environment) {
		if ("framework".equalsIgnoreCase(environment.getProperty("server.forward-headers-strategy", ""))) {
			throw new IllegalStateException("kubeprint.access.mode=proxy trusts the connection's address, which "
					+ "server.forward-headers-strategy=framework replaces with X-Forwarded-For: use native or none");
		}
		return new ConnectionAddressOnly();
	}

	/** Runs after Spring Boot's own Tomcat customizer, which is where the valve comes from. */
	private static final class ConnectionAddressOnly
			implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatWebServerFactory factory) {
			if (factory.getEngineValves().stream().anyMatch(RemoteIpValve.class::isInstance)) {
				log.info("access: mode proxy, so X-Forwarded-For does not replace the connection's address");
				factory.setEngineValves(
						factory.getEngineValves().stream().filter((v) -> !(v instanceof RemoteIpValve)).toList());
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
