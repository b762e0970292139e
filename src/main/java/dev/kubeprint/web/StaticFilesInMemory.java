package dev.kubeprint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The app's static files (a stylesheet, two scripts, an icon) held in memory once read. Read from the packaged jar
 * they were opened and inflated on every request under the jar's lock: at wrk's 100 connections that lock, not the
 * file, set the time of a static request. Only files that exist are held, so the map is bounded by the jar.
 */
final class StaticFilesInMemory implements ResourceResolver {

	private final Map<String, Resource> files = new ConcurrentHashMap<>();

	@Override
	public Resource resolveResource(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource known = files.get(requestPath);
		if (known != null) {
			return known;
		}
		Resource found = chain.resolveResource(request, requestPath, locations);
		if (found == null) {
			return null;
		}
		Resource held = held(found);
		files.put(requestPath, held);
		return held;
	}

	@Override
	public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	private static Resource held(Resource file) {
		try {
			byte[] content = file.getContentAsByteArray();
			String name = file.getFilename();
			long modified = file.lastModified();
			return new ByteArrayResource(content, file.getDescription()) {

				@Override
				public String getFilename() {
					return name;
				}

				@Override
				public long lastModified() {
					return modified;
				}

			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException("static file " + file.getDescription() + " could not be read", ex);
		}
	}

}
