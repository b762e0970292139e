package dev.kubeprint.storage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The storage page, its panels and its JSON twin, on the bundled demo cluster. */
@PageSliceTest
class StorageControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pageShowsSummaryBrokenLinksAndChainsWithTheNavigationMarked() throws Exception {
		String html = mvc.perform(get("/clusters/demo/storage"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("DEMO CLUSTER")
			.contains("href=\"/clusters/demo/storage\" class=\"current\"")
			.contains("hx-get=\"/clusters/demo/panels/storage-summary?have=")
			.contains("hx-get=\"/clusters/demo/panels/storage-broken?have=")
			.contains("hx-get=\"/clusters/demo/storage/chains?page=1&amp;have=")
			.contains("data-class=\"alicloud-disk-essd\"")
			.contains("Alibaba Cloud ESSD PL1")
			.contains("data-kind=\"pvc-pending-missing-class\"")
			.contains("kubectl -n batch describe pvc report-scratch")
			.contains("data-chain=\"data/data-redis-0\"")
			.contains("data-link=\"csinode\" data-health=\"DOWN\"");
	}

	@Test
	void aPageNumberOutOfRangeShowsTheNearestPage() throws Exception {
		mvc.perform(get("/clusters/demo/storage").param("page", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/clusters/demo/storage/chains?page=1&amp;have=")));
		mvc.perform(get("/api/clusters/demo/storage").param("page", "7"))
			.andExpect(jsonPath("$.chains.page").value(1))
			.andExpect(jsonPath("$.chains.pages").value(1))
			.andExpect(jsonPath("$.chains.total").value(8));
	}

	@Test
	void pageInChinese() throws Exception {
		mvc.perform(get("/clusters/demo/storage").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("存储链路")))
			.andExpect(content().string(containsString("断开的链路")))
			.andExpect(content().string(containsString("阿里云 ESSD PL1 云盘")));
	}

	@Test
	void aPanelIsAFragmentForHtmxAndItsEmbedAPageOfItsOwn() throws Exception {
		String fragment = mvc.perform(get("/clusters/demo/panels/storage-broken").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").doesNotContain("<html").contains("data-kind=\"pv-released\"");
		String etag = fragment.replaceAll("(?s).*data-etag=\"([0-9a-f]+)\".*", "$1");
		mvc.perform(get("/clusters/demo/panels/storage-broken").param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent());
		String page = mvc.perform(get("/embed/clusters/demo/panels/storage-chains"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// An embedded paged panel shows and refreshes its first page on the embed's own URL.
		assertThat(page).contains("<html").contains("htmx.min.js").contains("data-chain=\"batch/report-scratch\"")
			.contains("hx-get=\"/embed/clusters/demo/panels/storage-chains?have=");
	}

	@Test
	void chainsOfAPageRefreshOnTheirOwnUrlAndAnswer204WhileUnchanged() throws Exception {
		String fragment = mvc.perform(get("/clusters/demo/storage/chains").param("page", "1").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").doesNotContain("<html").contains("data-chain=\"shop/catalog-images\"");
		String etag = fragment.replaceAll("(?s).*data-etag=\"([0-9a-f]+)\".*", "$1");
		assertThat(etag).hasSize(24);
		mvc.perform(get("/clusters/demo/storage/chains").param("page", "1").param("have", etag)
			.header("HX-Request", "true")).andExpect(status().isNoContent());
		mvc.perform(get("/clusters/demo/storage/chains").param("page", "2"))
			.andExpect(redirectedUrl("/clusters/demo/storage?page=2"));
		mvc.perform(get("/clusters/nowhere/storage/chains")).andExpect(status().isNotFound());
	}

	@Test
	void jsonTwinCarriesSummaryBrokenLinksAndOnePageOfChainsWithAnETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/storage").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.claims").value(8))
			.andExpect(jsonPath("$.summary.pending").value(1))
			.andExpect(jsonPath("$.broken[*].kind", hasItem("driver-missing-on-node")))
			.andExpect(jsonPath("$.broken[*].kind", hasItem("pv-released")))
			.andExpect(jsonPath("$.chains.page").value(1))
			.andExpect(jsonPath("$.chains.pageSize").value(StorageView.PAGE_SIZE))
			.andExpect(jsonPath("$.chains.chains[0].health").value("DOWN"))
			.andExpect(jsonPath("$.chains.chains[0].links[0].kind").value("pods"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/api/clusters/demo/storage").header("If-None-Match", etag)).andExpect(status().isNotModified());
		mvc.perform(get("/api/clusters/nowhere/storage"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("No such cluster"));
	}

}
