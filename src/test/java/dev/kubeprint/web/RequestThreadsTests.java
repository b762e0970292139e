package dev.kubeprint.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own Tomcat runs four request threads per core, at least eight, not Tomcat's 200; a number given in
 * {@code server.tomcat.threads.max} is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RequestThreadsTests {

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void theServerRunsFourRequestThreadsPerCore() {
		assertThat(maxThreads(context)).isEqualTo(RequestThreads.forCores(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void fewCoresStillGetEightThreads() {
		assertThat(RequestThreads.forCores(0)).isEqualTo(8);
		assertThat(RequestThreads.forCores(1)).isEqualTo(8);
		assertThat(RequestThreads.forCores(2)).isEqualTo(8);
		assertThat(RequestThreads.forCores(4)).isEqualTo(16);
		assertThat(RequestThreads.forCores(32)).isEqualTo(128);
	}

	@Nested
	@TestPropertySource(properties = RequestThreads.SETTING + "=37")
	@DirtiesContext
	class WhenTheNumberIsGiven {

		@Autowired
		ServletWebServerApplicationContext context;

		@Test
		void itIsKept() {
			assertThat(maxThreads(context)).isEqualTo(37);
		}

	}

	static int maxThreads(ServletWebServerApplicationContext context) {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getService().findConnectors()[0];
		return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
	}

}
