package dev.kubeprint.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.springframework.test.context.DynamicPropertyRegistry;

import dev.kubeprint.cluster.snapshot.SnapshotFile;
import dev.kubeprint.cluster.snapshot.SnapshotLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The bundled demo cluster copied into a directory, so a test can change it under a running app. */
public final class DemoCopy {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoCopy() {
	}

	public static Path into(Path dir) {
		try {
			for (SnapshotFile file : new SnapshotLocation.Classpath("demo").files()) {
				Path target = dir.resolve(file.name());
				Files.createDirectories(target.getParent());
				try (InputStream in = file.opener().open()) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of the demo served as cluster "lab", beside the demo itself, checked for changes every 200 ms and
	 * refreshed on open pages every 500 ms: what a test edits shows up quickly. Returns the copy's directory.
	 */
	public static Path registerLab(DynamicPropertyRegistry registry) {
		Path lab;
		try {
			lab = into(Files.createTempDirectory("kubeprint-lab"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("kubeprint.clusters[0].name", () -> "lab");
		registry.add("kubeprint.clusters[0].snapshot", lab::toString);
		registry.add("kubeprint.clusters[1].demo", () -> "true");
		registry.add("kubeprint.snapshot-reload", () -> "200ms");
		registry.add("kubeprint.ui.refresh-interval", () -> "500ms");
		return lab;
	}

	/** Rewrites one object of a kubectl List file in place, as a refreshed dump would. */
	public static void edit(Path file, String name, Consumer<ObjectNode> change) {
		JsonNode list = JSON.readTree(file.toFile());
		boolean found = false;
		for (JsonNode item : list.path("items")) {
			if (name.equals(item.path("metadata").path("name").asString())) {
				change.accept((ObjectNode) item);
				found = true;
			}
		}
		if (!found) {
			throw new IllegalArgumentException(name + " is not in " + file);
		}
		try {
			Path temp = Files.createTempFile(file.getParent(), ".edit", ".tmp");
			JSON.writeValue(temp.toFile(), list);
			// A rename, so the app never reads half a file.
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
