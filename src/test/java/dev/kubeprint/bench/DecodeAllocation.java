package dev.kubeprint.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import com.sun.management.ThreadMXBean;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.live.SkimmingParser;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projection;
import dev.kubeprint.cluster.projection.Projections;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes allocated and CPU spent per pod by the pod projection, on one thread, without JMH: a list page of 500
 * generated pods decoded as the live source decodes one (a fresh parser over a byte stream per page, the
 * shared projection, one interner), warmed up, then measured with {@code ThreadMXBean.getThreadAllocatedBytes}
 * and {@code getCurrentThreadCpuTime}. Figures, not assertions.
 *
 * <p>{@code ./mvnw -Pbench-decode verify} or, after test-compile, {@code java -cp … dev.kubeprint.bench.DecodeAllocation
 * [realistic|legacy] [pages] [skimming|jackson]}
 */
public final class DecodeAllocation {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private static final int PAGE = 500;

	public static void main(String[] args) {
		GeneratedCluster.Shape shape = GeneratedCluster.Shape.valueOf(
				(args.length > 0 ? args[0] : "realistic").toUpperCase(java.util.Locale.ROOT));
		int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		// "jackson": Jackson's own parser, whose skip tokenizes what it skips, to compare with the live source's
		boolean skimming = !(args.length > 2 && "jackson".equals(args[2]));
		GeneratedCluster cluster = new GeneratedCluster(5000, PAGE * 10, shape);
		byte[][] lists = new byte[10][];
		for (int l = 0; l < lists.length; l++) {
			lists[l] = page(cluster, l * PAGE);
		}
		Projection<PodFact> projection = Projections.of(FactKind.PODS);
		Interner interner = new Interner();
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long checksum = 0;
		for (int i = 0; i < pages; i++) {
			checksum += decode(lists[i % lists.length], projection, interner, skimming);
		}
		long bytes = 0;
		for (byte[] list : lists) {
			bytes += list.length;
		}
		long allocated = threads.getCurrentThreadAllocatedBytes();
		long cpu = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < pages; i++) {
			checksum += decode(lists[i % lists.length], projection, interner, skimming);
		}
		allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
		cpu = threads.getCurrentThreadCpuTime() - cpu;
		long pods = (long) pages * PAGE;
		double json = (double) bytes / lists.length * pages;
		System.out.printf("RESULT parser=%s shape=%s pods=%d jsonBytesPerPod=%.0f allocatedBytesPerPod=%d cpuMicrosPerPod=%.2f"
				+ " cpuSecondsPerGB=%.2f checksum=%d%n", skimming ? "skimming" : "jackson", shape, pods, json / pods, allocated / pods, cpu / 1e3 / pods,
				cpu / 1e9 / (json / 1e9), checksum);
	}

	private static byte[] page(GeneratedCluster cluster, int from) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":["
			.getBytes(StandardCharsets.UTF_8));
		for (int i = from; i < from + PAGE; i++) {
			if (i > from) {
				out.write(',');
			}
			out.writeBytes(cluster.pod(i, 1000 + i));
		}
		out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** As ListDecoder reads a page: to the items, then each item through the projection. */
	private static long decode(byte[] list, Projection<PodFact> projection, Interner interner, boolean skimming) {
		long n = 0;
		ByteArrayInputStream in = new ByteArrayInputStream(list);
		try (JsonParser p = skimming ? SkimmingParser.over(in) : MAPPER.createParser(in)) {
			p.nextToken();
			String name;
			while ((name = p.nextName()) != null) {
				JsonToken t = p.nextToken();
				if ("items".equals(name) && t == JsonToken.START_ARRAY) {
					while (p.nextToken() == JsonToken.START_OBJECT) {
						n += projection.project(p, interner).restarts() + 1;
					}
				}
				else {
					p.skipChildren();
				}
			}
		}
		return n;
	}

}
