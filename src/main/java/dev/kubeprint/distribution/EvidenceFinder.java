package dev.kubeprint.distribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

	EvidenceFinder(ClusterFacts facts, Texts t) {
		this.facts = facts;
		this.t = t;
	}

	/**
	 * What was seen and where, in words, without what it means (the rule's "says"), so that two rules that saw
	 * the same thing can be told apart from two sightings; empty when the rule matches nothing.
	 */
	Optional<String> find(EvidenceRule r) {
		if (r.providerId() != null) {
			return nodes((n) -> matches(r.providerId(), n.providerId())
				.map((v) -> t.get("distribution.seen.provider-id", v, n.name())));
		}
		if (r.nodeLabel() != null) {
			return nodes((n) -> entry(r.nodeLabel(), n.labels())
				.map((e) -> t.get("distribution.seen.node-label", e.getKey(), cut(e.getValue()), n.name())));
		}
		if (r.nodeAnnotation() != null) {
			return nodes((n) -> entry(r.nodeAnnotation(), n.annotations())
				.map((e) -> t.get("distribution.seen.node-annotation", e.getKey(), cut(e.getValue()), n.name())));
		}
		if (r.nodeName() != null) {
			return nodes((n) -> matches(r.nodeName(), n.name()).map((v) -> t.get("distribution.seen.node-name", v)));
		}
		if (r.osImage() != null) {
			return nodes((n) -> matches(r.osImage(), n.info().osImage())
				.map((v) -> t.get("distribution.seen.os-image", v, n.name())));
		}
		if (r.kubeletVersion() != null) {
			return nodes((n) -> matches(r.kubeletVersion(), n.info().kubeletVersion())
				.map((v) -> t.get("distribution.seen.kubelet-version", v, n.name())));
		}
		if (r.serverVersion() != null) {
			return facts.serverVersion()
				.flatMap((v) -> matches(r.serverVersion(), v.gitVersion()))
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
			return firstOf(facts.items(FactKind.PODS),
					(p) -> namespace.equals(p.namespace()) && p.name().startsWith(prefix)
							? Optional.of(t.get("distribution.seen.pod", id(p))) : Optional.empty());
		}
		if (r.staticPod() != null) {
			return firstOf(facts.items(FactKind.PODS),
					(p) -> isStatic(p) && p.name().equals(r.staticPod() + p.nodeName())
							? Optional.of(t.get("distribution.seen.static-pod", id(p), p.nodeName()))
							: Optional.empty());
		}
		if (r.flag() != null) {
			int eq = r.flag().indexOf('=');
			String name = r.flag().substring(0, eq);
			String regex = r.flag().substring(eq + 1);
			return firstOf(facts.items(FactKind.PODS), (p) -> matches(regex, p.flags().get(name))
				.map((v) -> t.get("distribution.seen.flag", name, cut(p.flags().get(name)), id(p))));
		}
		if (r.configMap() != null) {
			return configMap(r.configMap(), r.configMapData());
		}
		return csiDriver(r.csiDriver());
	}

	private Optional<String> image(String prefix) {
		Tally tally = new Tally();
		for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
			firstImage(d.images(), prefix).ifPresent((i) -> tally.add(image(i, "DaemonSet", d.namespace(), d.name())));
		}
		for (DeploymentFact d : facts.items(FactKind.DEPLOYMENTS)) {
			firstImage(d.images(), prefix).ifPresent((i) -> tally.add(image(i, "Deployment", d.namespace(), d.name())));
		}
		// Pods only when no workload showed it: a pod usually belongs to one of those, and would count twice.
		if (tally.first == null) {
			for (PodFact p : facts.items(FactKind.PODS)) {
				if (p.image() != null && p.image().startsWith(prefix)) {
					tally.add(image(p.image(), "Pod", p.namespace(), p.name()));
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
				(PersistentVolumeFact v) -> driver.equals(v.csiDriver())
						? Optional.of(t.get("distribution.seen.csi-driver", driver, "PersistentVolume", v.name()))
						: Optional.empty());
		if (byVolume.isPresent()) {
			return byVolume;
		}
		return firstOf(facts.items(FactKind.VOLUME_ATTACHMENTS), (VolumeAttachmentFact a) -> driver.equals(a.attacher())
				? Optional.of(t.get("distribution.seen.csi-driver", driver, "VolumeAttachment", a.name()))
				: Optional.empty());
	}

	private Optional<String> nodes(Function<NodeFact, Optional<String>> sighting) {
		return firstOf(facts.nodes(), sighting);
	}

	/** The first sighting among the items, with how many more items showed the same. */
	private <T> Optional<String> firstOf(List<T> items, Function<T, Optional<String>> sighting) {
		Tally tally = new Tally();
		for (T item : items) {
			sighting.apply(item).ifPresent(tally::add);
		}
		return tally.result();
	}

	/** The first sighting and a count of the rest: one line per rule, however large the cluster. */
	private final class Tally {

		String first;

		int more;

		void add(String sighting) {
			if (first == null) {
				first = sighting;
			}
			else {
				more++;
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
	 * The whole value when the regex is found in it, uncut: these are identifiers (providerID, versions, names)
	 * that an SRE pastes into kubectl.
	 */
	private Optional<String> matches(String regex, String value) {
		return value != null && !value.isEmpty() && pattern(regex).matcher(value).find() ? Optional.of(value)
				: Optional.empty();
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
