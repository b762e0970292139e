package dev.kubeprint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.snapshot.SnapshotLocation;
import dev.kubeprint.cluster.snapshot.SnapshotSource;

/**
 * The real clusters in {@code shared/realworld/} beside the project (README.md there has their expectations),
 * opened exactly as the app opens a dump directory, so a kind a dump lacks is unavailable, not empty.
 */
public final class RealWorldDumps {

	private RealWorldDumps() {
	}

	/**
	 * Where the dumps are: {@code ../shared/realworld} from the project directory in a worktree and in CI, or
	 * {@code shared/realworld} in any directory above, so running from a module or an IDE finds them too.
	 */
	public static Path directory() {
		String configured = System.getProperty("realworld.dir", System.getenv("KUBEPRINT_REALWORLD_DIR"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/realworld");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("shared/realworld not found above " + Path.of("").toAbsolutePath()
				+ "; set -Drealworld.dir=...");
	}

	public static ClusterFacts open(String dump) {
		Path dir = directory().resolve(dump);
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("real-world dump " + dir + " is missing");
		}
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try (SnapshotSource source = new SnapshotSource(
				new ClusterIdentity(dump, ClusterIdentity.SourceType.SNAPSHOT, dir.toString()),
				new SnapshotLocation.Directory(dir), scheduler, Duration.ofHours(1), Clock.systemUTC())) {
			source.start();
			return source.facts();
		}
		finally {
			scheduler.shutdownNow();
		}
	}

}
