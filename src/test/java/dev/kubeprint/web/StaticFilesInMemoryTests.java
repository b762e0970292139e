package dev.kubeprint.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import static org.assertj.core.api.Assertions.assertThat;

/** A static file is read once and then served from memory as it was; a file that does not exist is never held. */
class StaticFilesInMemoryTests {

	private final AtomicInteger reads = new AtomicInteger();

	private final ResourceResolverChain jar = new ResourceResolverChain() {

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations) {
			reads.incrementAndGet();
			Resource file = new ClassPathResource("static/" + requestPath);
			return file.exists() ? file : null;
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations) {
			return resourcePath;
		}

	};

	private final StaticFilesInMemory files = new StaticFilesInMemory();

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	@Test
	void aFileIsReadOnceAndServedAsItWas() throws IOException {
		Resource original = new ClassPathResource("static/favicon.svg");
		Resource first = files.resolveResource(request, "favicon.svg", List.of(), jar);
		Resource again = files.resolveResource(request, "favicon.svg", List.of(), jar);
		assertThat(again).isSameAs(first);
		assertThat(reads).hasValue(1);
		assertThat(first.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(original.getContentAsString(StandardCharsets.UTF_8));
		assertThat(first.getFilename()).as("the content type is told by the name").isEqualTo("favicon.svg");
		assertThat(first.lastModified()).isEqualTo(original.lastModified());
		assertThat(first.contentLength()).isEqualTo(original.contentLength());
	}

	@Test
	void aMissingFileIsNotHeld() {
		assertThat(files.resolveResource(request, "nothing-here.js", List.of(), jar)).isNull();
		assertThat(files.resolveResource(request, "nothing-here.js", List.of(), jar)).isNull();
		assertThat(reads).as("asked of the jar each time").hasValue(2);
	}

}
