package dev.kubeprint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;
import dev.kubeprint.cluster.snapshot.SnapshotLocation;
import dev.kubeprint.cluster.snapshot.SnapshotSource;

/**
 * Real dumps of real clusters (../shared/realworld, with their written expectations) and dumps that lack
 * nearly everything, read as the app reads a configured snapshot.
 */
public final class RealWorld {

	/** Never reloads: a test reads each dump once. */
	private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "real-world-dumps");
		thread.setDaemon(true);
		return thread;
	});

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

	private RealWorld() {
	}

	/** CI checks the project out beside shared/; locally a worktree may sit one level deeper. */
	public static Path dumps() {
		Path base = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path p = base; p != null; p = p.getParent()) {
			Path candidate = p.resolve("shared/realworld");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("shared/realworld not found beside " + base + " or any folder above it");
	}

	/** One of ../shared/realworld, e.g. "aks-1.16-kubenet". */
	public static ClusterFacts facts(String dump) {
		return read(dump, dumps().resolve(dump));
	}

	/** Three real nodes and nothing else: every other kind is not collected. */
	public static ClusterFacts nodesOnly() {
		return read("nodes-only", Path.of("src/test/resources/snapshots/nodes-only"));
	}

	public static ClusterFacts read(String name, Path dir) {
		try (SnapshotSource source = new SnapshotSource(new ClusterIdentity(name, SourceType.SNAPSHOT, dir.toString()),
				SnapshotLocation.of(dir), SCHEDULER, Duration.ofHours(1), CLOCK)) {
			source.start();
			return source.facts();
		}
	}

}
