package dev.kubeprint.web;

import org.apache.coyote.AbstractProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Tomcat's request threads: four per core, at least eight, unless {@code server.tomcat.threads.max} is set. Tomcat's
 * own 200 let a hundred readers run at once on two cores, and the threads that every reader depends on got a
 * hundredth of the CPU each: the JIT compiler went on compiling the request path for minutes after start, and panel
 * cuts for new facts ran past the panels' lag, so readers waited for them. With eight threads the same load was served
 * faster and more evenly (BENCHMARKS.md, "Request threads"): what waits, waits in Tomcat's queue, in order. A request
 * rarely holds its thread for long: pages read cached cuts, and a reader who must wait for a cut waits for one already
 * running, which needs no other request thread to finish. What can hold every thread is a cut every reader waits for,
 * a cluster's first of a page (seconds at 150,000 pods) or one whose lag ran out; the health probes, which share the
 * pool, then wait too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatWebServerFactory.class)
class RequestThreads {

	static final String SETTING = "server.tomcat.threads.max";

	private static final Logger log = LoggerFactory.getLogger(RequestThreads.class);

	/** Four per core, at least eight: enough to keep the cores busy while some requests write to slow readers. */
	static int forCores(int cores) {
		return Math.max(8, 4 * Math.max(1, cores));
	}

	@Bean
	WebServerFactoryCustomizer<TomcatWebServerFactory> requestThreadsPerCore(Environment environment) {
		return new Customizer(environment.containsProperty(SETTING) ? null
				: forCores(Runtime.getRuntime().availableProcessors()));
	}

	/** Runs after Spring Boot's own Tomcat customizer, whose connector customizer sets Tomcat's 200. */
	static final class Customizer implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

		/** Null when the setting is given: then Spring Boot's customizer applies it and this one does nothing. */
		private final Integer threads;

		Customizer(Integer threads) {
			this.threads = threads;
		}

		@Override
		public void customize(TomcatWebServerFactory factory) {
			if (threads == null) {
				return;
			}
			factory.addConnectorCustomizers((connector) -> {
				if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
					protocol.setMaxThreads(threads);
					log.debug("web: {} request threads ({} to choose another number)", threads, SETTING);
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
