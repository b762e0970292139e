package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;

import static org.assertj.core.api.Assertions.assertThat;

/** Support bundles and Sonobuoy results arrive as archives; they are read in place, within limits. */
class SnapshotArchiveTests {

	private static final Map<String, String> BUNDLE = Map.of(
			"./support-bundle-2024-05-02/cluster-resources/nodes.json",
			"{\"kind\":\"NodeList\",\"items\":[{\"metadata\":{\"name\":\"n1\"}}]}",
			"./support-bundle-2024-05-02/cluster-resources/pods/default.json",
			"{\"kind\":\"PodList\",\"items\":[{\"metadata\":{\"name\":\"p1\",\"namespace\":\"default\"}}]}",
			"./support-bundle-2024-05-02/readyz-verbose.txt", "[+]ping ok\n[+]etcd ok\nreadyz check passed\n",
			"./support-bundle-2024-05-02/default/web-1/logs.txt", "not read");

	@TempDir
	Path dir;

	@Test
	void readsATarGzInPlace() throws IOException {
		Path archive = tar("bundle.tar.gz", BUNDLE);
		SnapshotContent content = new SnapshotReader().read(SnapshotLocation.of(archive));
		assertThat(content.problems()).isEmpty();
		assertThat(nodes(content)).extracting(NodeFact::name).containsExactly("n1");
		assertThat(content.objects().get(FactKind.PODS)).hasSize(1);
		assertThat(content.probes().apiServer()).hasValueSatisfying((a) -> assertThat(a.readyz().passed()).isTrue());
		assertThat(dir.toFile().list()).as("nothing extracted").containsExactly("bundle.tar.gz");
	}

	@Test
	void readsAZipInPlace() throws IOException {
		Path archive = dir.resolve("results.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
			for (Map.Entry<String, String> e : BUNDLE.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey().substring(2)));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		SnapshotLocation location = SnapshotLocation.of(archive);
		assertThat(location).isInstanceOf(SnapshotLocation.Archive.class);
		SnapshotContent content = new SnapshotReader().read(location);
		assertThat(nodes(content)).extracting(NodeFact::name).containsExactly("n1");
		assertThat(location.fingerprint()).isNotEmpty();
	}

	@Test
	void anEntryOverTheLimitIsRefusedWithTheLimitNamedAndTheRestLoads() throws IOException {
		Path archive = tar("big.tgz", Map.of("nodes.json", "{\"kind\":\"NodeList\",\"items\":[{\"metadata\":{\"name\":\"n1\"}}]}",
				"pods.json", "{\"kind\":\"PodList\",\"items\":[" + "{\"metadata\":{\"name\":\"p\"}},".repeat(50) + "{}]}"));
		List<String> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		ArchiveFiles.forEach(archive, new ArchiveFiles.Limits(200, 10_000, 100), (f) -> files.add(f.name()),
				(name, reason) -> problems.add(name + ": " + reason));
		assertThat(files).containsExactly("nodes.json");
		assertThat(problems).singleElement().asString().contains("pods.json", "over the limit of 200 bytes");
	}

	@Test
	void anArchiveThatIsNotOneIsSaidNotCrashed() throws IOException {
		Path archive = dir.resolve("broken.tar.gz");
		Files.writeString(archive, "this is not gzip");
		SnapshotLocation location = SnapshotLocation.of(archive);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SnapshotReader().read(location))
			.hasMessageContaining("Not in GZIP format");
	}

	private Path tar(String name, Map<String, String> entries) throws IOException {
		Path archive = dir.resolve(name);
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(archive));
				TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (Map.Entry<String, String> e : entries.entrySet()) {
				byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
				TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
				entry.setSize(bytes.length);
				tar.putArchiveEntry(entry);
				tar.write(bytes);
				tar.closeArchiveEntry();
			}
		}
		return archive;
	}

	@SuppressWarnings("unchecked")
	private static List<NodeFact> nodes(SnapshotContent content) {
		return (List<NodeFact>) (List<?>) content.objects().getOrDefault(FactKind.NODES, List.of());
	}

}
