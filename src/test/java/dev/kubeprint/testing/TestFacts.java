package dev.kubeprint.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.snapshot.SnapshotContent;
import dev.kubeprint.cluster.snapshot.SnapshotFile;
import dev.kubeprint.cluster.snapshot.SnapshotLocation;
import dev.kubeprint.cluster.snapshot.SnapshotReader;

/**
 * Facts for analyzer tests, written as the Kubernetes YAML a reader already knows and read through the
 * product's own snapshot reader, so fixtures look like clusters rather than like constructor calls.
 */
public final class TestFacts {

	private final List<SnapshotFile> files = new ArrayList<>();

	private final Map<FactKind<?>, Availability> overrides = new HashMap<>();

	private ClusterIdentity identity = new ClusterIdentity("test", ClusterIdentity.SourceType.SNAPSHOT, "test");

	public static TestFacts yaml(String... documents) {
		TestFacts facts = new TestFacts();
		for (String document : documents) {
			facts.file("doc-" + facts.files.size() + ".yaml", document);
		}
		return facts;
	}

	public TestFacts file(String name, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		files.add(new SnapshotFile(name, bytes.length, 0, () -> new ByteArrayInputStream(bytes)));
		return this;
	}

	/** Pretend a kind could not be had, e.g. forbidden. */
	public TestFacts unavailable(FactKind<?> kind, Availability availability) {
		overrides.put(kind, availability);
		return this;
	}

	public TestFacts live() {
		identity = new ClusterIdentity("test", ClusterIdentity.SourceType.LIVE, "test");
		return this;
	}

	public ClusterFacts build() {
		return build(new SnapshotReader().read(files));
	}

	/** The bundled demo cluster, read as the app reads it. */
	public static ClusterFacts demo() {
		TestFacts facts = new TestFacts();
		facts.identity = new ClusterIdentity("demo", ClusterIdentity.SourceType.DEMO, "bundled demo cluster");
		return facts.build(new SnapshotReader().read(new SnapshotLocation.Classpath("demo").files()));
	}

	private ClusterFacts build(SnapshotContent content) {
		Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>();
		for (FactKind<?> kind : FactKind.ALL) {
			kinds.put(kind, kindFacts(kind, content));
		}
		Instant at = content.capturedAt().orElseGet(Instant::now);
		return new ClusterFacts(identity, 1, at, kinds, content.serverVersion(),
				content.serverVersion().isPresent() ? Availability.ok() : Availability.notCollected("no version"),
				content.problems(), content.probes(), content.capturedAt());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private KindFacts<?> kindFacts(FactKind kind, SnapshotContent content) {
		Availability availability = overrides.getOrDefault(kind, Availability.ok());
		List<Object> items = availability.hasData() ? content.objects().getOrDefault(kind, List.of()) : List.of();
		return new KindFacts(kind, availability, items, content.capturedAt().orElse(null));
	}

}
