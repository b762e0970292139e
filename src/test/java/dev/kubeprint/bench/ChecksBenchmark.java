package dev.kubeprint.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;

import dev.kubeprint.KubeprintApplication;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.Resources;
import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.health.Finding;
import dev.kubeprint.testing.LargeCluster;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/**
 * What running every check costs per facts version at Kubernetes' limits: the app's own check families, wired
 * as the app wires them, over 5,000 nodes and 150,000 pods (1 % of them Pending with the scheduler's messages).
 * Each round is a new facts version, so nothing comes from the analyses' cache; the views the checks read
 * (storage, versions, control plane …) are computed in the round too, as they would be if no page had asked.
 * Figures, never assertions:
 * {@code ./mvnw -Pbench-checks verify -Dbench.nodes=5000 -Dbench.pods=150000}.
 */
public final class ChecksBenchmark {

	private static final String[] UNSCHEDULABLE = {
			"0/5000 nodes are available: 5000 Insufficient cpu. preemption: 0/5000 nodes are available: 5000 No preemption victims found for incoming pod.",
			"0/5000 nodes are available: 5000 node(s) had untolerated taint {dedicated: gpu}.",
			"0/5000 nodes are available: 5000 node(s) didn't match Pod's node affinity/selector.",
			"0/5000 nodes are available: pod has unbound immediate PersistentVolumeClaims." };

	private ChecksBenchmark() {
	}

	public static void main(String[] args) {
		int nodes = Integer.parseInt(args[0]);
		int pods = Integer.parseInt(args[1]);
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		ClusterFacts facts = withPending(LargeCluster.of(nodes, pods));
		// Default properties rank below application.yaml; the table is what this prints, not the app's log.
		System.setProperty("logging.level.root", "WARN");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KubeprintApplication.class)
			.properties("server.port=0", "kubeprint.clusters[0].demo=true")
			.run()) {
			PanelRenderer renderer = app.getBean(PanelRenderer.class);
			Analysis<List<Finding>> all = findingsAnalysis(app);
			System.out.printf("checks over %,d nodes and %,d pods, %d rounds after %d warm-up rounds%n", nodes, pods,
					rounds, rounds);
			report("all check families (findings)", renderer, all, facts, rounds);
			for (CheckFamily family : app.getBeanProvider(CheckFamily.class).orderedStream().toList()) {
				report("family " + family.name(), renderer, family.analysis(), facts, rounds);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Analysis<List<Finding>> findingsAnalysis(ConfigurableApplicationContext app) {
		ResolvableType type = ResolvableType.forClassWithGenerics(Analysis.class,
				ResolvableType.forClassWithGenerics(List.class, Finding.class));
		return (Analysis<List<Finding>>) app.getBeanProvider(type).getObject();
	}

	private static long version = 1_000;

	private static void report(String what, PanelRenderer renderer, Analysis<List<Finding>> analysis,
			ClusterFacts facts, int rounds) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		int found = 0;
		for (int i = 0; i < rounds; i++) {
			found = renderer.view(facts.withVersion(version++, facts.observedAt()), analysis, Locale.ENGLISH).size();
		}
		double[] millis = new double[rounds];
		long[] bytes = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			ClusterFacts next = facts.withVersion(version++, facts.observedAt());
			long allocated = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			renderer.view(next, analysis, Locale.ENGLISH);
			millis[i] = (System.nanoTime() - start) / 1e6;
			bytes[i] = threads.getCurrentThreadAllocatedBytes() - allocated;
		}
		Arrays.sort(millis);
		Arrays.sort(bytes);
		System.out.printf("%-36s %5d findings  median %8.1f ms  (min %8.1f, max %8.1f)  allocated median %,8.1f MiB%n",
				what, found, millis[rounds / 2], millis[0], millis[rounds - 1], bytes[rounds / 2] / 1048576.0);
	}

	/** Every hundredth pod Pending and unschedulable, for the reasons a real scheduler gives. */
	private static ClusterFacts withPending(ClusterFacts facts) {
		List<PodFact> pods = new ArrayList<>(facts.pods());
		Instant created = facts.observedAt().minusSeconds(3600);
		for (int i = 0; i < pods.size(); i += 100) {
			PodFact p = pods.get(i);
			pods.set(i, new PodFact(p.namespace(), p.name(), "", "Pending", false, 0, new Resources(100, 1 << 20, 1),
					List.of(), "ReplicaSet", "rs", "", Map.of(), "Unschedulable",
					UNSCHEDULABLE[(i / 100) % UNSCHEDULABLE.length], "", false, created, "", false, false, "", null));
		}
		Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>(facts.kinds());
		kinds.put(FactKind.PODS, new KindFacts<>(FactKind.PODS, Availability.ok(), pods, facts.observedAt()));
		return new ClusterFacts(facts.cluster(), facts.version(), facts.observedAt(), kinds, facts.serverVersion(),
				facts.versionAvailability(), facts.problems(), facts.probes(), facts.capturedAt());
	}

}
