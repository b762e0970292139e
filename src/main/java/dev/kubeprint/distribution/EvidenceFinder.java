package dev.kubeprint.distribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.VolumeAttachmentFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.EvidenceRule;

/**
 * Looks for what one evidence rule describes in the facts and says, in words, the first place it was seen and
 * how many more there are: one line per rule, however large the cluster. Facts whose kind could not be had
 * simply yield nothing here; the analyzer says what was not looked at.
 */
final class EvidenceFinder {

	private static final String SYSTEM = "kube-system";

	/** Label, annotation, flag and ConfigMap values are quoted; a long one is cut so a line stays a line. */
	private static final int MAX_VALUE = 200;

	private final ClusterFacts facts;

	private final Texts t;

	private final Map<String, Pattern> patterns = new HashMap<>();

	/** The pods grouped for the rules that look at pods, made at the first such rule. */
	private Pods pods;

	EvidenceFinder(ClusterFacts facts, Texts t) {
		this.facts = facts;
		this.t = t;
	}

	/**
	 * The pods as the pod rules look at them, grouped once per analysis: there are some twenty such rules, and each
	 * went through all 150,000 pods of a large cluster, most of the distribution's time per facts version. Each
	 * group keeps the pods' order, so the first sighting is the same.
	 */
	private record Pods(Map<String, List<PodFact>> byNamespace, List<PodFact> staticPods, List<PodFact> withFlags,
			Map<String, List<PodFact>> byImage) {

		static Pods of(List<PodFact> pods) {
			Map<String, List<PodFact>> byNamespace = new HashMap<>();
			List<PodFact> staticPods = new ArrayList<>();
			List<PodFact> withFlags = new ArrayList<>();
			Map<String, List<PodFact>> byImage = new LinkedHashMap<>();
			for (PodFact p : pods) {
				byNamespace.computeIfAbsent(p.namespace(), (n) -> new ArrayList<>()).add(p);
				if (isStatic(p)) {
					staticPods.add(p);
				}
				if (!p.flags().isEmpty()) {
					withFlags.add(p);
				}
				if (p.image() != null) {
					byImage.computeIfAbsent(p.image(), (i) -> new ArrayList<>()).add(p);
				}
			}
			return new Pods(byNamespace, staticPods, withFlags, byImage);
		}

		List<PodFact> inNamespace(String namespace) {
			return byNamespace.getOrDefault(namespace, List.of());
		}

	}

	private Pods pods() {
		if (pods == null) {
			pods = Pods.of(facts.items(FactKind.PODS));
		}
		return pods;
	}

	/**
	 * What was seen and where, in words, without what it means (the rule's "says"), so that two rules that saw
	 * the same thing can be told apart from two sightings; empty when the rule matches nothing.
	 */
	Optional<String> find(EvidenceRule r) {
		if (r.providerId() != null) {
			return nodes((n) -> matches(r.providerId(), n.providerId()),
					(n) -> t.get("distribution.seen.provider-id", n.providerId(), n.name()));
		}
		if (r.nodeLabel() != null) {
			return nodeEntries(r.nodeLabel(), NodeFact::labels, "distribution.seen.node-label");
		}
		if (r.nodeAnnotation() != null) {
			return nodeEntries(r.nodeAnnotation(), NodeFact::annotations, "distribution.seen.node-annotation");
		}
		if (r.nodeName() != null) {
			return nodes((n) -> matches(r.nodeName(), n.name()), (n) -> t.get("distribution.seen.node-name", n.name()));
		}
		if (r.osImage() != null) {
			return nodes((n) -> matches(r.osImage(), n.info().osImage()),
					(n) -> t.get("distribution.seen.os-image", n.info().osImage(), n.name()));
		}
		if (r.kubeletVersion() != null) {
			return nodes((n) -> matches(r.kubeletVersion(), n.info().kubeletVersion()),
					(n) -> t.get("distribution.seen.kubelet-version", n.info().kubeletVersion(), n.name()));
		}
		if (r.serverVersion() != null) {
			return facts.serverVersion()
				.map((v) -> v.gitVersion())
				.filter((v) -> matches(r.serverVersion(), v))
				.map((v) -> t.get("distribution.seen.server-version", v));
		}
		if (r.image() != null) {
			return image(r.image());
		}
		return lookInObjects(r);
	}

	private Optional<String> lookInObjects(EvidenceRule r) {
		if (r.pod() != null) {
			int slash = r.pod().indexOf('/');
			String namespace = r.pod().substring(0, slash);
			String prefix = r.pod().substring(slash + 1);
			return firstOf(pods().inNamespace(namespace), (p) -> p.name().startsWith(prefix),
					(p) -> t.get("distribution.seen.pod", id(p)));
		}
		if (r.staticPod() != null) {
			return firstOf(pods().staticPods(), (p) -> p.name().equals(r.staticPod() + p.nodeName()),
					(p) -> t.get("distribution.seen.static-pod", id(p), p.nodeName()));
		}
		if (r.flag() != null) {
			int eq = r.flag().indexOf('=');
			String name = r.flag().substring(0, eq);
			String regex = r.flag().substring(eq + 1);
			return firstOf(pods().withFlags(), (p) -> matches(regex, p.flags().get(name)),
					(p) -> t.get("distribution.seen.flag", name, cut(p.flags().get(name)), id(p)));
		}
		if (r.configMap() != null) {
			return configMap(r.configMap(), r.configMapData());
		}
		return csiDriver(r.csiDriver());
	}

	private Optional<String> image(String prefix) {
		Tally tally = new Tally();
		for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
			firstImage(d.images(), prefix)
				.ifPresent((i) -> tally.add(() -> image(i, "DaemonSet", d.namespace(), d.name())));
		}
		for (DeploymentFact d : facts.items(FactKind.DEPLOYMENTS)) {
			firstImage(d.images(), prefix)
				.ifPresent((i) -> tally.add(() -> image(i, "Deployment", d.namespace(), d.name())));
		}
		// Pods only when no workload showed it: a pod usually belongs to one of those, and would count twice.
		if (tally.first == null) {
			// Images in the order their first pod came, so the first pod seen here is the first in the list.
			for (Map.Entry<String, List<PodFact>> byImage : pods().byImage().entrySet()) {
				if (byImage.getKey().startsWith(prefix)) {
					PodFact p = byImage.getValue().get(0);
					tally.add(() -> image(p.image(), "Pod", p.namespace(), p.name()), byImage.getValue().size());
				}
			}
		}
		return tally.result();
	}

	private static Optional<String> firstImage(List<String> images, String prefix) {
		return images.stream().filter((i) -> i.startsWith(prefix)).findFirst();
	}

	private String image(String image, String kind, String namespace, String name) {
		return t.get("distribution.seen.image", image, kind, namespace + "/" + name);
	}

	private Optional<String> configMap(String where, String dataRegex) {
		int slash = where.indexOf('/');
		String namespace = where.substring(0, slash);
		String name = where.substring(slash + 1);
		return facts.items(FactKind.CONFIG_MAPS)
			.stream()
			.filter((c) -> namespace.equals(c.namespace()) && name.equals(c.name()))
			.findFirst()
			.flatMap((c) -> dataRegex == null ? Optional.of(t.get("distribution.seen.config-map", where))
					: dataMatch(c, dataRegex).map((m) -> t.get("distribution.seen.config-map-data", where, cut(m))));
	}

	private Optional<String> dataMatch(ConfigMapFact c, String regex) {
		Pattern pattern = pattern(regex);
		for (String value : c.data().values()) {
			Matcher m = pattern.matcher(value);
			if (m.find()) {
				return Optional.of(m.group());
			}
		}
		return Optional.empty();
	}

	private Optional<String> csiDriver(String driver) {
		Optional<String> byVolume = firstOf(facts.items(FactKind.PERSISTENT_VOLUMES),
				(PersistentVolumeFact v) -> driver.equals(v.csiDriver()),
				(v) -> t.get("distribution.seen.csi-driver", driver, "PersistentVolume", v.name()));
		if (byVolume.isPresent()) {
			return byVolume;
		}
		return firstOf(facts.items(FactKind.VOLUME_ATTACHMENTS),
				(VolumeAttachmentFact a) -> driver.equals(a.attacher()),
				(a) -> t.get("distribution.seen.csi-driver", driver, "VolumeAttachment", a.name()));
	}

	private Optional<String> nodes(Predicate<NodeFact> seen, Function<NodeFact, String> says) {
		return firstOf(facts.nodes(), seen, says);
	}

	/** A node label or annotation rule: the key (and value) it names, with the node. */
	private Optional<String> nodeEntries(String rule, Function<NodeFact, Map<String, String>> entries, String says) {
		return nodes((n) -> entry(rule, entries.apply(n)).isPresent(), (n) -> {
			Map.Entry<String, String> e = entry(rule, entries.apply(n)).orElseThrow();
			return t.get(says, e.getKey(), cut(e.getValue()), n.name());
		});
	}

	/**
	 * The first item seen, in words, with how many more items showed the same. Only the first is put in words: a
	 * rule that matches every one of 5,000 nodes or 150,000 pods once formatted a sentence for each.
	 */
	private <T> Optional<String> firstOf(List<T> items, Predicate<T> seen, Function<T, String> says) {
		Tally tally = new Tally();
		for (T item : items) {
			if (seen.test(item)) {
				tally.add(() -> says.apply(item));
			}
		}
		return tally.result();
	}

	/** The first sighting and a count of the rest: one line per rule, however large the cluster. */
	private final class Tally {

		String first;

		int more;

		void add(Supplier<String> sighting) {
			add(sighting, 1);
		}

		/** {@code count} sightings alike, the first of them in {@code sighting}. */
		void add(Supplier<String> sighting, int count) {
			if (first == null) {
				first = sighting.get();
				more += count - 1;
			}
			else {
				more += count;
			}
		}

		Optional<String> result() {
			if (first == null) {
				return Optional.empty();
			}
			return Optional.of(more == 0 ? first : t.get("distribution.seen.more", first, more));
		}

	}

	/**
	 * Whether the regex is found in the value; the sighting then names the whole value, uncut: these are identifiers
	 * (providerID, versions, names) that an SRE pastes into kubectl.
	 */
	private boolean matches(String regex, String value) {
		return value != null && !value.isEmpty() && pattern(regex).matcher(value).find();
	}

	/** Compiled once per analysis, not once per node: bounded by the number of rules. */
	private Pattern pattern(String regex) {
		return patterns.computeIfAbsent(regex, Pattern::compile);
	}

	/** A key, a key prefix ending in "/", or key=value. */
	private static Optional<Map.Entry<String, String>> entry(String rule, Map<String, String> map) {
		int eq = rule.indexOf('=');
		if (eq > 0) {
			String key = rule.substring(0, eq);
			return rule.substring(eq + 1).equals(map.get(key)) ? Optional.of(Map.entry(key, map.get(key)))
					: Optional.empty();
		}
		if (rule.endsWith("/")) {
			return map.entrySet().stream().filter((e) -> e.getKey().startsWith(rule)).min(Map.Entry.comparingByKey());
		}
		return map.containsKey(rule) ? Optional.of(Map.entry(rule, map.get(rule))) : Optional.empty();
	}

	private static boolean isStatic(PodFact p) {
		return SYSTEM.equals(p.namespace()) && "Node".equals(p.ownerKind()) && !p.nodeName().isEmpty();
	}

	private static String id(PodFact p) {
		return p.namespace() + "/" + p.name();
	}

	private static String cut(String value) {
		return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
	}

}
