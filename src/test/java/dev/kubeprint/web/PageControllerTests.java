package dev.kubeprint.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages and panels of any declared page: the panel URL serves htmx (fragment or 204) and sends others to the
 * panel's embed; nothing here may be framed; a trailing slash changes nothing; a bad parameter gets the HTML
 * error page.
 */
@PageSliceTest
class PageControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void htmxGetsTheFragmentAloneThenNothingWhileItIsUnchanged() throws Exception {
		MvcResult first = mvc.perform(get("/clusters/demo/panels/diagram").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn();
		String html = first.getResponse().getContentAsString();
		assertThat(html).startsWith("<section").doesNotContain("<html").contains("kube-apiserver");
		String etag = html.replaceAll("(?s).*data-etag=\"([0-9a-f]+)\".*", "$1");
		assertThat(etag).hasSize(24);
		mvc.perform(get("/clusters/demo/panels/diagram").param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		mvc.perform(get("/clusters/demo/panels/diagram").param("have", "somethingolder").header("HX-Request", "true"))
			.andExpect(status().isOk());
	}

	@Test
	void theStaticFilesAreServedByTheirOwnPathsAndHtmxByItsVersionlessLink() throws Exception {
		for (String file : java.util.List.of("/css/kubeprint.css", "/js/kubeprint.js", "/favicon.svg",
				"/webjars/htmx.org/dist/htmx.min.js")) {
			mvc.perform(get(file)).andExpect(status().isOk());
		}
		mvc.perform(get("/clusters/demo"))
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/2.")))
			.andExpect(content().string(containsString("href=\"/css/kubeprint.css\"")));
		mvc.perform(get("/clusters/demo/nodes.json")).andExpect(status().isNotFound());
	}

	@Test
	void withoutHtmxThePanelSendsTheReaderToItsEmbedKeepingTheLanguage() throws Exception {
		mvc.perform(get("/clusters/demo/panels/control-plane-components"))
			.andExpect(redirectedUrl("/embed/clusters/demo/panels/control-plane-components"));
		mvc.perform(get("/clusters/demo/panels/status").param("lang", "zh-CN"))
			.andExpect(redirectedUrl("/embed/clusters/demo/panels/status?lang=zh-CN"));
		mvc.perform(get("/clusters/demo/panels/nope")).andExpect(status().isNotFound());
	}

	@Test
	void fullPagesAndTheirFragmentsMayNotBeFramedAtAll() throws Exception {
		for (var request : java.util.List.of(get("/clusters/demo"), get("/clusters/demo/nodes"),
				get("/clusters/demo/panels/diagram").header("HX-Request", "true"), get("/api/clusters/demo/nodes"))) {
			mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
	}

	@Test
	void unknownPanelsAndClustersAre404WithoutAStackTrace() throws Exception {
		mvc.perform(get("/clusters/demo/panels/nope").header("HX-Request", "true")).andExpect(status().isNotFound());
		String html = mvc.perform(get("/clusters/nowhere/panels/diagram"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The name asked for is not repeated: a cluster the reader may not see must read exactly like this one.
		assertThat(html).doesNotContain("nowhere").contains("href=\"/clusters/demo\"").doesNotContain("Exception");
	}

	@Test
	void unknownPagesAndPartsAre404() throws Exception {
		mvc.perform(get("/clusters/demo/nope")).andExpect(status().isNotFound());
		mvc.perform(get("/clusters/demo/storage/nope").header("HX-Request", "true")).andExpect(status().isNotFound());
		mvc.perform(get("/clusters/demo/nodes/chains")).andExpect(status().isNotFound());
		mvc.perform(get("/clusters/nowhere/storage")).andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/clusters/demo\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/control-plane", "/etcd", "/nodes", "/network", "/scale", "/storage", "/versions" })
	void aTrailingSlashAnswersLikeThePage(String path) throws Exception {
		String page = mvc.perform(get("/clusters/demo" + path)).andReturn().getResponse().getContentAsString();
		String slashed = mvc.perform(get("/clusters/demo" + path + "/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(slashed).isEqualTo(page);
	}

	@Test
	void aTrailingSlashOnAJsonTwinAnswersLikeIt() throws Exception {
		mvc.perform(get("/api/clusters/demo/nodes/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	@Test
	void aBadParameterOnAPageGetsTheHtmlErrorPageAndOnAJsonTwinJson() throws Exception {
		String html = mvc.perform(get("/clusters/demo/storage").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html").contains("400 Bad Request").doesNotContain("abc").doesNotContain("Exception");
		mvc.perform(get("/clusters/demo/storage/chains").param("page", "abc").header("HX-Request", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		mvc.perform(get("/api/clusters/demo/storage").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("page")));
		mvc.perform(get("/api/clusters/demo/nope"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").isString());
	}

	@Test
	void pagesWithoutPagedPartsIgnoreThePageParameterAsTheyAlwaysDid() throws Exception {
		mvc.perform(get("/clusters/demo").param("page", "abc")).andExpect(status().isOk());
		mvc.perform(get("/api/clusters/demo/etcd").param("page", "abc")).andExpect(status().isOk());
	}

}
