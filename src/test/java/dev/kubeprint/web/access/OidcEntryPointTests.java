package dev.kubeprint.web.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Before signing in, a browser is sent to sign in, while a panel refresh or a JSON caller is told 401 rather than
 * redirected to an issuer it cannot follow. The issuer is only asked at the first sign-in, so none runs here: an
 * issuer that is down does not keep Kubeprint from starting.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OidcEntryPointTests {

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, """
				kubeprint.access.mode=oidc
				kubeprint.access.oidc.issuer-uri=http://127.0.0.1:9/nobody-listens
				kubeprint.access.oidc.client-id=kubeprint
				""");
	}

	@Autowired
	MockMvc mvc;

	@Test
	void browsersAreSentToSignInAndMachinesAreTold401() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/clusters/lab/nodes").accept("text/html")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(302);
		assertThat(page.getRedirectedUrl()).endsWith("/oauth2/authorization/kubeprint");
		assertThat(mvc.perform(get("/clusters/lab/panels/nodes-table").header("HX-Request", "true").accept("text/html"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/api/clusters/lab/nodes")).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/css/kubeprint.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
