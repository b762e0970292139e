package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Where a snapshot's files are: a directory on disk, an archive of one, or the bundled demo on the classpath. */
public sealed interface SnapshotLocation {

	/** A directory, or an archive of one (.tar.gz, .tgz, .tar, .zip) read in place. */
	static SnapshotLocation of(Path path) {
		return Archive.isArchive(path) && !Files.isDirectory(path) ? new Archive(path) : new Directory(path);
	}

	/** The JSON, YAML and text files, in a stable order; other files of a dump are passed by. */
	List<SnapshotFile> files();

	/**
	 * Hands every file to {@code action} in one pass; a file's opener works only during its call. Files that
	 * cannot be read at all (too large in an archive) go to {@code problem} with their reason.
	 */
	default void forEachFile(Consumer<SnapshotFile> action, BiConsumer<String, String> problem) {
		files().forEach(action);
	}

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

	/** JSON and YAML; text for captures (readyz-verbose.txt) and cluster-info dump's stdout saved as .txt. */
	static boolean isSnapshotFile(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".txt");
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

	/** A .tar.gz, .tgz, .tar or .zip of a dump, read where it lies: nothing is extracted to disk. */
	record Archive(Path file) implements SnapshotLocation {

		static boolean isArchive(Path path) {
			String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
			return n.endsWith(".tar.gz") || n.endsWith(".tgz") || n.endsWith(".tar") || n.endsWith(".zip");
		}

		/** Lists the entries; each opener reads the archive again up to its entry, so prefer forEachFile. */
		@Override
		public List<SnapshotFile> files() {
			List<SnapshotFile> files = new ArrayList<>();
			forEachFile((f) -> files.add(new SnapshotFile(f.name(), f.size(), f.lastModified(),
					() -> ArchiveFiles.open(file, f.name()))), (name, reason) -> {
					});
			return files;
		}

		@Override
		public void forEachFile(Consumer<SnapshotFile> action, BiConsumer<String, String> problem) {
			try {
				ArchiveFiles.forEach(file, action, problem);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The archive is replaced as a whole, so its size and time tell a change. */
		@Override
		public String fingerprint() {
			try {
				return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public boolean changes() {
			return true;
		}

		@Override
		public String describe() {
			return file.toAbsolutePath().toString();
		}

	}

}
