package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a snapshot, wherever it lives (a directory, the classpath).
 *
 * @param name the path relative to the snapshot's root, as shown to people
 */
public record SnapshotFile(String name, long size, long lastModified, Opener opener) {

	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	boolean isYaml() {
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	/** "persistentvolumes" of "persistentvolumes.json", to tell the kind of an empty kubectl List. */
	String stem() {
		String base = name.substring(name.lastIndexOf('/') + 1);
		int dot = base.indexOf('.');
		return dot < 0 ? base : base.substring(0, dot);
	}

}
