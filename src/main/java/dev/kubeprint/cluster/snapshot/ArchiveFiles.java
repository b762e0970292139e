package dev.kubeprint.cluster.snapshot;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The files of a dump archive, streamed out of it in one pass. Sizes are bounded, because an archive is
 * someone else's file: an entry or a whole archive that unpacks beyond the limits is refused with the limit
 * named, not read until the disk or the patience runs out (a zip's declared sizes can lie, so bytes are
 * counted as they are read).
 */
final class ArchiveFiles {

	/**
	 * How much an archive may unpack to.
	 *
	 * @param entryBytes one file; far above any list a real cluster gives (150,000 pods as JSON are 1.5 GB)
	 * @param totalBytes all files together
	 * @param entries how many entries, files or not
	 */
	record Limits(long entryBytes, long totalBytes, int entries) {

		static final Limits DEFAULT = new Limits(2L << 30, 16L << 30, 500_000);

	}

	private ArchiveFiles() {
	}

	static void forEach(Path archive, Consumer<SnapshotFile> action, BiConsumer<String, String> problem)
			throws IOException {
		forEach(archive, Limits.DEFAULT, action, problem);
	}

	static void forEach(Path archive, Limits limits, Consumer<SnapshotFile> action,
			BiConsumer<String, String> problem) throws IOException {
		long[] total = { 0 };
		int entries = 0;
		if (archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			try (ZipFile zip = new ZipFile(archive.toFile())) {
				List<? extends ZipEntry> sorted = Collections.list(zip.entries());
				sorted.sort(Comparator.comparing(ZipEntry::getName));
				for (ZipEntry e : sorted) {
					entries = count(entries, limits);
					if (!e.isDirectory()) {
						offer(name(e.getName()), e.getSize(), e.getTime(), () -> zip.getInputStream(e), limits, total,
								action, problem);
					}
				}
			}
			return;
		}
		try (TarArchiveInputStream tar = new TarArchiveInputStream(tarStream(archive))) {
			TarArchiveEntry e;
			while ((e = tar.getNextEntry()) != null) {
				entries = count(entries, limits);
				if (e.isFile()) {
					TarArchiveInputStream current = tar;
					offer(name(e.getName()), e.getSize(), e.getModTime().getTime(), () -> new KeepOpen(current), limits,
							total, action, problem);
				}
			}
		}
	}

	/** One entry's stream, found by reading the archive up to it. */
	static InputStream open(Path archive, String wanted) throws IOException {
		InputStream[] found = { null };
		forEach(archive, (f) -> {
			if (f.name().equals(wanted) && found[0] == null) {
				try (InputStream in = f.opener().open()) {
					found[0] = new ByteArrayInputStream(in.readAllBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}, (name, reason) -> {
		});
		if (found[0] == null) {
			throw new IOException(wanted + " is no longer in " + archive);
		}
		return found[0];
	}

	private static int count(int entries, Limits limits) throws IOException {
		if (entries + 1 > limits.entries()) {
			throw new IOException("more than " + limits.entries() + " entries, the limit for a snapshot archive");
		}
		return entries + 1;
	}

	private static void offer(String name, long size, long time, SnapshotFile.Opener opener, Limits limits,
			long[] total, Consumer<SnapshotFile> action, BiConsumer<String, String> problem) {
		if (!SnapshotLocation.isSnapshotFile(name)) {
			return;
		}
		if (size > limits.entryBytes()) {
			problem.accept(name, "unpacks to " + size + " bytes, over the limit of " + limits.entryBytes()
					+ " bytes for one file of an archive: not read");
			return;
		}
		action.accept(new SnapshotFile(name, size, time, () -> new Bounded(opener.open(), name, limits, total)));
	}

	private static InputStream tarStream(Path archive) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
		String n = archive.getFileName().toString().toLowerCase(Locale.ROOT);
		return n.endsWith(".tar") ? in : new GZIPInputStream(in, 1 << 16);
	}

	/** "./resources/x.json" and "resources/x.json" name the same file. */
	private static String name(String entry) {
		String n = entry.replace('\\', '/');
		while (n.startsWith("./") || n.startsWith("/")) {
			n = n.substring(n.startsWith("./") ? 2 : 1);
		}
		return n;
	}

	/** The archive stream goes on to the next entry: a reader closing its entry must not close it. */
	private static final class KeepOpen extends FilterInputStream {

		KeepOpen(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

	/** Counts bytes as they are read and stops at the entry's and the archive's limit. */
	private static final class Bounded extends FilterInputStream {

		private final String name;

		private final Limits limits;

		private final long[] total;

		private long read;

		Bounded(InputStream in, String name, Limits limits, long[] total) {
			super(in);
			this.name = name;
			this.limits = limits;
			this.total = total;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			total[0] += n;
			if (read > limits.entryBytes()) {
				throw new IOException("unpacks to more than " + limits.entryBytes()
						+ " bytes, the limit for one file of an archive");
			}
			if (total[0] > limits.totalBytes()) {
				throw new IOException("the archive unpacks to more than " + limits.totalBytes()
						+ " bytes, the limit for a snapshot; " + name + " was not read");
			}
		}

	}

}
