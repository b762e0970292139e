package dev.kubeprint.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.distribution.DistributionView.Candidate;
import dev.kubeprint.distribution.DistributionView.Confidence;
import dev.kubeprint.distribution.DistributionView.ControlPlane;
import dev.kubeprint.distribution.DistributionView.Evidence;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.DistributionReference;
import dev.kubeprint.reference.EvidenceRule;
import dev.kubeprint.reference.EvidenceRule.Strength;
import dev.kubeprint.reference.InfrastructureReference;
import dev.kubeprint.reference.LocalizedText;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * Names the distribution and the infrastructure from evidence alone, by the rules of distributions.yaml: every
 * rule is looked for, everything seen is kept, and the distribution with the strongest evidence wins. Nothing
 * seen means "unknown", never kubeadm by default. Pure.
 */
public final class DistributionAnalyzer {

	/** Kinds whose availability decides what could be looked at, in the order the basis names them. */
	private static final List<Map.Entry<FactKind<?>, String>> LOOKED_AT = List.of(Map.entry(FactKind.NODES, "nodes"),
			Map.entry(FactKind.PODS, "pods"), Map.entry(FactKind.DAEMON_SETS, "daemon-sets"),
			Map.entry(FactKind.DEPLOYMENTS, "deployments"), Map.entry(FactKind.CONFIG_MAPS, "config-maps"),
			Map.entry(FactKind.PERSISTENT_VOLUMES, "persistent-volumes"),
			Map.entry(FactKind.VOLUME_ATTACHMENTS, "volume-attachments"));

	private final List<DistributionReference> distributions;

	private final List<InfrastructureReference> providers;

	public DistributionAnalyzer(ReferenceCatalog reference) {
		this.distributions = reference.distributions();
		this.providers = reference.infrastructureProviders();
	}

	public DistributionView analyze(ClusterFacts facts, Texts t) {
		EvidenceFinder finder = new EvidenceFinder(facts, t);
		Map<String, List<Evidence>> own = new LinkedHashMap<>();
		for (DistributionReference d : distributions) {
			own.put(d.id(), sightings(finder, d.evidence(), d.name(), t));
		}
		Optional<DistributionReference> chosen = distributions.stream()
			.filter((d) -> !own.get(d.id()).isEmpty())
			.max(Comparator.comparing((DistributionReference d) -> Score.of(effective(d, own)))
				.thenComparing((d) -> -distributions.indexOf(d)));
		List<Evidence> evidence = new ArrayList<>(chosen.map((d) -> effective(d, own)).orElse(List.of()));
		Map<String, List<Evidence>> infrastructure = new LinkedHashMap<>();
		for (InfrastructureReference p : providers) {
			infrastructure.put(p.id(), sightings(finder, p.evidence(), p.name(), t));
		}
		Optional<InfrastructureReference> provider = provider(chosen, infrastructure);
		provider.ifPresent((p) -> evidence.addAll(infrastructure.get(p.id())));
		evidence.sort(Comparator.comparing(Evidence::strength));
		List<Candidate> alsoSeen = alsoSeen(chosen, own, provider, infrastructure, t);
		Confidence confidence = chosen.map((d) -> Confidence.of(Score.of(effective(d, own)).best()))
			.orElse(Confidence.NONE);
		String name = chosen.map((d) -> t.pick(d.name())).orElse(t.get("distribution.unknown"));
		ControlPlaneState controlPlane = controlPlane(facts, chosen, t);
		return new DistributionView(chosen.map(DistributionReference::id).orElse(DistributionView.UNKNOWN), name,
				headline(name, confidence, t), confidence,
				provider.map(InfrastructureReference::id).orElse(DistributionView.UNKNOWN),
				provider.map((p) -> t.pick(p.name())).orElse(t.get("distribution.provider.unknown")),
				controlPlane.state(), controlPlane.text(), chosen.map((d) -> t.pick(d.note())).orElse(""),
				basis(facts, confidence, provider.isPresent(), t), evidence, alsoSeen);
	}

	/**
	 * What one owner's rules saw, one line per thing seen: a providerID matched by a specific and by a general
	 * rule of AKS is one sighting, said the first (most specific) way. The same thing seen for two owners stays
	 * twice, since it proves each of them differently (a providerID proves AWS, and EKS only weakly).
	 */
	private static List<Evidence> sightings(EvidenceFinder finder, List<EvidenceRule> rules, LocalizedText owner,
			Texts t) {
		Set<String> seenAlready = new HashSet<>();
		List<Evidence> seen = new ArrayList<>();
		for (EvidenceRule rule : rules) {
			finder.find(rule).filter(seenAlready::add).ifPresent((text) -> {
				String said = rule.says() == null ? text : t.get("distribution.seen.says", text, t.pick(rule.says()));
				seen.add(new Evidence(rule.strength(), t.pick(owner), text, said));
			});
		}
		return seen;
	}

	/**
	 * A distribution's own evidence, and that of the one it is built on once its own is more than a hint: kind's
	 * kubeadm-config speaks for kind, but a node named like kind's does not turn every kubeadm cluster into kind.
	 */
	private List<Evidence> effective(DistributionReference d, Map<String, List<Evidence>> own) {
		List<Evidence> mine = own.get(d.id());
		if (d.basedOn() == null || mine.isEmpty() || Score.of(mine).best() == Strength.WEAK) {
			return mine;
		}
		List<Evidence> all = new ArrayList<>(mine);
		all.addAll(own.get(d.basedOn()));
		return all;
	}

	private Optional<InfrastructureReference> provider(Optional<DistributionReference> chosen,
			Map<String, List<Evidence>> infrastructure) {
		Optional<String> named = chosen.map(DistributionReference::provider);
		if (named.isPresent()) {
			return providers.stream().filter((p) -> p.id().equals(named.get())).findFirst();
		}
		return providers.stream()
			.filter((p) -> !infrastructure.get(p.id()).isEmpty())
			.max(Comparator.comparing((InfrastructureReference p) -> Score.of(infrastructure.get(p.id())))
				.thenComparing((p) -> -providers.indexOf(p)));
	}

	private List<Candidate> alsoSeen(Optional<DistributionReference> chosen, Map<String, List<Evidence>> own,
			Optional<InfrastructureReference> provider, Map<String, List<Evidence>> infrastructure, Texts t) {
		List<Evidence> used = chosen.map((d) -> effective(d, own)).orElse(List.of());
		List<Candidate> others = new ArrayList<>();
		for (DistributionReference d : distributions) {
			List<Evidence> seen = own.get(d.id());
			boolean chosenOrItsBase = chosen.map((c) -> c == d).orElse(false)
					|| (!seen.isEmpty() && used.containsAll(seen));
			if (!seen.isEmpty() && !chosenOrItsBase) {
				others.add(new Candidate(d.id(), t.pick(d.name()), seen));
			}
		}
		for (InfrastructureReference p : providers) {
			List<Evidence> seen = infrastructure.get(p.id());
			if (!seen.isEmpty() && provider.map((q) -> q != p).orElse(true)) {
				others.add(new Candidate(p.id(), t.pick(p.name()), seen));
			}
		}
		return others;
	}

	private static String headline(String name, Confidence confidence, Texts t) {
		return switch (confidence) {
			case LIKELY -> t.get("distribution.likely", name);
			case INFERRED -> t.get("distribution.inferred", name);
			default -> name;
		};
	}

	private record ControlPlaneState(ControlPlane state, String text) {
	}

	/** Managed only when nothing of the control plane runs on nodes that can be seen: ACK dedicated has masters. */
	private static ControlPlaneState controlPlane(ClusterFacts facts, Optional<DistributionReference> chosen, Texts t) {
		Availability nodes = facts.availability(FactKind.NODES);
		if (!nodes.hasData()) {
			return new ControlPlaneState(ControlPlane.UNKNOWN, t.get("distribution.control-plane.unknown-nodes",
					why(nodes)));
		}
		if (chosen.isEmpty()) {
			return new ControlPlaneState(ControlPlane.UNKNOWN, t.get("distribution.control-plane.unknown"));
		}
		if (!chosen.get().managedControlPlane()) {
			return new ControlPlaneState(ControlPlane.SELF_MANAGED, t.get("distribution.control-plane.self-managed"));
		}
		String name = t.pick(chosen.get().name());
		List<String> controlPlaneNodes = facts.nodes()
			.stream()
			.filter((n) -> n.roles().contains("control-plane") || n.roles().contains("master"))
			.map(NodeFact::name)
			.toList();
		if (!controlPlaneNodes.isEmpty()) {
			return new ControlPlaneState(ControlPlane.SELF_MANAGED, t.get("distribution.control-plane.dedicated", name,
					String.join(", ", controlPlaneNodes.subList(0, Math.min(3, controlPlaneNodes.size())))));
		}
		return new ControlPlaneState(ControlPlane.MANAGED, t.get("distribution.control-plane.managed", name));
	}

	private static String basis(ClusterFacts facts, Confidence confidence, boolean providerKnown, Texts t) {
		List<String> parts = new ArrayList<>();
		Availability nodes = facts.availability(FactKind.NODES);
		if (!nodes.hasData()) {
			parts.add(t.get("distribution.basis.nodes-missing", why(nodes)));
		}
		parts.add(switch (confidence) {
			case PROVEN, LIKELY -> t.get("distribution.basis.proven");
			case INFERRED -> t.get("distribution.basis.inferred");
			case NONE -> t.get("distribution.basis.unknown");
		});
		if (!providerKnown) {
			parts.add(t.get("distribution.provider.unknown.basis"));
		}
		parts.add(t.get("distribution.looked-at", lookedAt(facts, t)));
		return String.join("; ", parts);
	}

	private static String lookedAt(ClusterFacts facts, Texts t) {
		List<String> kinds = new ArrayList<>();
		for (Map.Entry<FactKind<?>, String> looked : LOOKED_AT) {
			FactKind<?> kind = looked.getKey();
			String name = t.get("distribution.kind." + looked.getValue());
			Availability a = facts.availability(kind);
			kinds.add(a.hasData() ? t.get("distribution.looked-at.kind", facts.items(kind).size(), name)
					: t.get("distribution.looked-at.missing", name, why(a)));
		}
		String version = t.get("distribution.kind.version");
		kinds.add(facts.serverVersion()
			.map((v) -> version + " " + v.gitVersion())
			.orElseGet(() -> t.get("distribution.looked-at.missing", version, why(facts.versionAvailability()))));
		return kinds.stream().collect(Collectors.joining(", "));
	}

	private static String why(Availability a) {
		return a.reason().isEmpty() ? a.state().name().toLowerCase().replace('_', ' ') : a.reason();
	}

	/** Counts by strength, compared so that one strong sighting beats any number of weaker ones. */
	private record Score(int strong, int medium, int weak) implements Comparable<Score> {

		static Score of(List<Evidence> evidence) {
			return new Score(count(evidence, Strength.STRONG), count(evidence, Strength.MEDIUM),
					count(evidence, Strength.WEAK));
		}

		private static int count(List<Evidence> evidence, Strength strength) {
			return (int) evidence.stream().filter((e) -> e.strength() == strength).count();
		}

		Strength best() {
			return strong > 0 ? Strength.STRONG : medium > 0 ? Strength.MEDIUM : Strength.WEAK;
		}

		@Override
		public int compareTo(Score o) {
			return Comparator.comparingInt(Score::strong)
				.thenComparingInt(Score::medium)
				.thenComparingInt(Score::weak)
				.compare(this, o);
		}

	}

}
