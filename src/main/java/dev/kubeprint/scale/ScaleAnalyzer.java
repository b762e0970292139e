package dev.kubeprint.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.EndpointSliceFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.SecretFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ScaleLimitReference;
import dev.kubeprint.reference.ScaleLimitReference.Unit;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.scale.ScaleView.AlsoKnownView;
import dev.kubeprint.scale.ScaleView.Dimension;
import dev.kubeprint.scale.ScaleView.Gauge;
import dev.kubeprint.scale.ScaleView.Level;
import dev.kubeprint.scale.ScaleView.ObjectCount;
import dev.kubeprint.scale.ScaleView.Offender;

/** The reference's scale table with the cluster's numbers in it. */
public final class ScaleAnalyzer {

	static final int OFFENDERS = 5;

	/** sig-scalability's per-node pod threshold: 10 pods per core, never more than 110. */
	static final int PODS_PER_CORE = 10;

	private final ReferenceCatalog reference;

	public ScaleAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	/** A value and its largest contributors, or why there is none. */
	private record Measure(long value, List<Named> top, String unavailable, List<String> notes) {

		static Measure of(long value, List<Named> top) {
			return new Measure(value, top, "", List.of());
		}

	}

	private record Named(String name, long value) {
	}

	public ScaleView analyze(ClusterFacts facts, Texts t) {
		List<Dimension> dimensions = new ArrayList<>();
		for (ScaleLimitReference ref : reference.scaleLimits()) {
			Measure m = switch (ref.id()) {
				case "nodes" -> count(facts, FactKind.NODES);
				case "pods" -> count(facts, FactKind.PODS);
				case "pods-per-node" -> podsPerNode(facts, t);
				case "services" -> count(facts, FactKind.SERVICES);
				case "backends-per-service" -> backends(facts);
				case "namespaces" -> count(facts, FactKind.NAMESPACES);
				case "configmap-size" -> largest(facts, FactKind.CONFIG_MAPS,
						(ConfigMapFact c) -> c.namespace() + "/" + c.name(), ConfigMapFact::sizeBytes);
				case "secret-size" -> largest(facts, FactKind.SECRETS, (SecretFact s) -> s.namespace() + "/" + s.name(),
						SecretFact::sizeBytes);
				default -> new Measure(-1, List.of(), t.get("scale.not-measured"), List.of());
			};
			dimensions.add(dimension(ref, m, t));
		}
		// The API server's own count covers every resource type as stored in etcd; the listed objects only
		// the kinds Kubeprint reads, so they are the fallback.
		var stored = facts.probes()
			.apiServer()
			.filter((a) -> a.metricsAvailability().isOk() && a.metrics() != null && !a.metrics().objects().isEmpty())
			.map((a) -> a.metrics().objects());
		List<ObjectCount> objects = stored
			.map((counts) -> counts.entrySet()
				.stream()
				.map((e) -> new ObjectCount(e.getKey(), e.getValue()))
				.sorted(Comparator.comparingLong(ObjectCount::count).reversed())
				.toList())
			.orElseGet(() -> FactKind.ALL.stream()
				.filter((k) -> facts.availability(k).hasData())
				.map((k) -> new ObjectCount(k.resourceName(), facts.items(k).size()))
				.sorted(Comparator.comparingLong(ObjectCount::count).reversed())
				.toList());
		String note = stored.isPresent() ? t.get("scale.objects.note.metrics") : t.get("scale.objects.note");
		return new ScaleView(dimensions, objects, note);
	}

	private Dimension dimension(ScaleLimitReference ref, Measure m, Texts t) {
		boolean bytes = ref.unit() == Unit.BYTES;
		Level level = m.value() < 0 ? Level.UNKNOWN
				: Level.of(m.value(), ref.productionRecommendation(), ref.officialLimit());
		List<Offender> offenders = m.top()
			.stream()
			.map((n) -> new Offender(n.name(), n.value(), text(n.value(), bytes),
					Level.of(n.value(), ref.productionRecommendation(), ref.officialLimit())))
			.toList();
		List<AlsoKnownView> also = ref.alsoKnown()
			.stream()
			.map((a) -> new AlsoKnownView(a.value(), text(a.value(), bytes), a.source(), t.pick(a.note())))
			.toList();
		return new Dimension(ref.id(), t.pick(ref.name()), m.value(), m.value() < 0 ? "—" : text(m.value(), bytes),
				ref.productionRecommendation(), text(ref.productionRecommendation(), bytes), ref.officialLimit(),
				text(ref.officialLimit(), bytes), level, t.pick(ref.overLimitImpact()), ref.source(), m.unavailable(),
				Gauge.of(Math.max(0, m.value()), ref.productionRecommendation(), ref.officialLimit()), offenders, also,
				m.notes());
	}

	private static Measure count(ClusterFacts facts, FactKind<?> kind) {
		Availability a = facts.availability(kind);
		if (!a.hasData()) {
			return new Measure(-1, List.of(), unavailable(kind, a), List.of());
		}
		return Measure.of(facts.items(kind).size(), List.of());
	}

	/**
	 * The busiest nodes by pods holding resources, each also measured against min(110, 10 × cores): a
	 * 4-core node is past sig-scalability's line at 40 pods, long before the 110 of the table.
	 */
	private static Measure podsPerNode(ClusterFacts facts, Texts t) {
		Availability a = facts.availability(FactKind.PODS);
		if (!a.hasData() || !facts.availability(FactKind.NODES).hasData()) {
			return new Measure(-1, List.of(), unavailable(FactKind.PODS, a.hasData() ? facts.availability(FactKind.NODES) : a),
					List.of());
		}
		Map<String, long[]> perNode = new HashMap<>();
		for (PodFact p : facts.pods()) {
			if (p.scheduled() && !p.terminated()) {
				perNode.computeIfAbsent(p.nodeName(), (k) -> new long[1])[0]++;
			}
		}
		List<Named> top = top(perNode.entrySet().stream().map((e) -> new Named(e.getKey(), e.getValue()[0])).toList());
		List<String> notes = new ArrayList<>();
		int over = 0;
		String firstOver = null;
		for (NodeFact n : facts.nodes()) {
			long pods = perNode.getOrDefault(n.name(), new long[1])[0];
			long cores = Math.max(1, n.capacity().cpuMillis() / 1000);
			long threshold = Math.min(110, PODS_PER_CORE * cores);
			if (pods > threshold) {
				over++;
				if (firstOver == null) {
					firstOver = t.get("scale.pods-per-core.node", n.name(), pods, cores, threshold);
				}
			}
		}
		if (!top.isEmpty()) {
			NodeFact busiest = facts.nodes().stream().filter((n) -> n.name().equals(top.get(0).name())).findFirst()
				.orElse(null);
			if (busiest != null) {
				long cores = Math.max(1, busiest.capacity().cpuMillis() / 1000);
				notes.add(t.get("scale.pods-per-core.busiest", busiest.name(), top.get(0).value(), cores,
						Math.min(110, PODS_PER_CORE * cores)));
			}
		}
		if (over > 0) {
			notes.add(t.get("scale.pods-per-core.over", over, firstOver));
		}
		return new Measure(top.isEmpty() ? 0 : top.get(0).value(), top, "", notes);
	}

	/** Backends of a Service are summed over all its EndpointSlices: a slice holds at most 100 by default. */
	private static Measure backends(ClusterFacts facts) {
		Availability a = facts.availability(FactKind.ENDPOINT_SLICES);
		if (!a.hasData()) {
			return new Measure(-1, List.of(), unavailable(FactKind.ENDPOINT_SLICES, a), List.of());
		}
		Map<String, Long> perService = new HashMap<>();
		for (EndpointSliceFact s : facts.items(FactKind.ENDPOINT_SLICES)) {
			String service = s.serviceName() == null || s.serviceName().isEmpty() ? s.name() : s.serviceName();
			perService.merge(s.namespace() + "/" + service, (long) s.endpoints(), Long::sum);
		}
		List<Named> top = top(perService.entrySet().stream().map((e) -> new Named(e.getKey(), e.getValue())).toList());
		return Measure.of(top.isEmpty() ? 0 : top.get(0).value(), top);
	}

	private static <T> Measure largest(ClusterFacts facts, FactKind<T> kind, java.util.function.Function<T, String> name,
			ToLongFunction<T> size) {
		Availability a = facts.availability(kind);
		if (!a.hasData()) {
			return new Measure(-1, List.of(), unavailable(kind, a), List.of());
		}
		List<Named> top = top(facts.items(kind).stream().map((o) -> new Named(name.apply(o), size.applyAsLong(o))).toList());
		return Measure.of(top.isEmpty() ? 0 : top.get(0).value(), top);
	}

	/** The largest few, kept in a small heap so 150,000 candidates are never sorted whole. */
	private static List<Named> top(List<Named> all) {
		Comparator<Named> order = Comparator.comparingLong(Named::value).thenComparing(Named::name, Comparator.reverseOrder());
		PriorityQueue<Named> heap = new PriorityQueue<>(order);
		for (Named n : all) {
			heap.add(n);
			if (heap.size() > OFFENDERS) {
				heap.poll();
			}
		}
		List<Named> top = new ArrayList<>(heap);
		top.sort(order.reversed());
		return top;
	}

	private static String unavailable(FactKind<?> kind, Availability a) {
		return kind.resourceName() + ": " + a.reason();
	}

	/** Counts as they are; sizes in binary units, as the limits are written. */
	static String text(long value, boolean bytes) {
		return bytes ? Units.bytes(value) : Units.count(value);
	}

}
