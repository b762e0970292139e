package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Where a snapshot's files are: a directory on disk, or the bundled demo on the classpath. */
public sealed interface SnapshotLocation {

	/** The JSON and YAML files, in a stable order; logs and other files of a cluster-info dump are passed by. */
	List<SnapshotFile> files();

	/** Changes when any file is added, removed or rewritten, so a reload happens only when needed. */
	default String fingerprint() {
		StringBuilder sb = new StringBuilder();
		for (SnapshotFile f : files()) {
			sb.append(f.name()).append(':').append(f.size()).append(':').append(f.lastModified()).append('\n');
		}
		return sb.toString();
	}

	/** Whether its files can change while the app runs. */
	boolean changes();

	String describe();

	static boolean isSnapshotFile(String name) {
		return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
	}

	record Directory(Path root) implements SnapshotLocation {

		@Override
		public List<SnapshotFile> files() {
			if (!Files.isDirectory(root)) {
				throw new UncheckedIOException(new IOException("not a directory: " + root));
			}
			try (Stream<Path> paths = Files.walk(root)) {
				List<SnapshotFile> files = new ArrayList<>();
				paths.filter(Files::isRegularFile)
					.filter((p) -> isSnapshotFile(p.getFileName().toString()))
					.sorted(Comparator.comparing(Path::toString))
					.forEach((p) -> files.add(file(p)));
				return files;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private SnapshotFile file(Path p) {
			long size;
			long modified;
			try {
				size = Files.size(p);
				modified = Files.getLastModifiedTime(p).toMillis();
			}
			catch (IOException ex) {
				size = -1;
				modified = -1;
			}
			return new SnapshotFile(root.relativize(p).toString().replace('\\', '/'), size, modified,
					() -> Files.newInputStream(p));
		}

		@Override
		public boolean changes() {
			return true;
		}

		@Override
		public String describe() {
			return root.toAbsolutePath().toString();
		}

	}

	record Classpath(String folder) implements SnapshotLocation {

		@Override
		public List<SnapshotFile> files() {
			try {
				Resource[] resources = new PathMatchingResourcePatternResolver()
					.getResources("classpath*:" + folder + "/**/*");
				List<SnapshotFile> files = new ArrayList<>();
				Arrays.stream(resources)
					.filter((r) -> r.getFilename() != null && isSnapshotFile(r.getFilename()))
					.forEach((r) -> files.add(file(r)));
				files.sort(Comparator.comparing(SnapshotFile::name));
				return files;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private SnapshotFile file(Resource r) {
			String url;
			try {
				url = r.getURL().toString();
			}
			catch (IOException ex) {
				url = r.getFilename();
			}
			String name = url.substring(url.lastIndexOf(folder + "/") + folder.length() + 1);
			return new SnapshotFile(name, 0, 0, r::getInputStream);
		}

		@Override
		public boolean changes() {
			return false;
		}

		@Override
		public String describe() {
			return "classpath:" + folder;
		}

	}

}
