package dev.kubeprint.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Component;

/**
 * The reference tables from {@code src/main/resources/reference/}, loaded once and
 * immutable. Loading happens in the constructor so that a missing or malformed file stops
 * the application at startup, naming the file, instead of breaking a panel later.
 */
@Component
public class ReferenceCatalog {

	static final String DIRECTORY = "reference/";

	// Jackson 3 ignores unknown properties by default; in hand-written data a misspelt key
	// would silently drop a value, so it must fail instead.
	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final List<ComponentReference> controlPlaneComponents;

	private final List<ComponentReference> workerNodeComponents;

	private final Map<String, ComponentReference> componentsById;

	private final List<ScaleLimitReference> scaleLimits;

	private final List<VersionChangeReference> versionChanges;

	private final List<NetworkReference> networks;

	private final List<CniReference> cnis;

	private final List<ProblemReference> problems;

	private final List<AlertRuleReference> alertRules;

	private final List<ManagedOfferingReference> managedOfferings;

	private final List<DistributionReference> distributions;

	private final List<InfrastructureReference> infrastructureProviders;

	private final ChecklistReference checklist;

	private final NodeConditions nodeConditions;

	private final AddOnVersions addOnVersions;

	public ReferenceCatalog() {
		ComponentsFile components = read("components.yaml", ComponentsFile.class);
		this.controlPlaneComponents = components.controlPlane();
		this.workerNodeComponents = components.workerNode();
		this.componentsById = indexById(components);
		this.scaleLimits = readList("scale-limits.yaml", ScaleLimitReference[].class);
		this.versionChanges = readList("versions.yaml", VersionChangeReference[].class);
		NetworkFile network = read("network.yaml", NetworkFile.class);
		this.networks = network.networks();
		this.cnis = network.cni();
		this.problems = readList("problems.yaml", ProblemReference[].class);
		this.alertRules = readList("alert-rules.yaml", AlertRuleReference[].class);
		this.managedOfferings = read("managed-offerings.yaml", ManagedOfferingsFile.class).offerings();
		DistributionsFile distributionsFile = read("distributions.yaml", DistributionsFile.class);
		this.distributions = distributionsFile.distributions();
		this.infrastructureProviders = distributionsFile.providers();
		this.checklist = read("checklist.yaml", ChecklistReference.class);
		this.nodeConditions = NodeConditions.bundled();
		this.addOnVersions = read("addon-versions.yaml", AddOnVersions.class);
	}

	/**
	 * Loads the catalog without Spring, e.g. for unit tests of analyzers.
	 */
	public static ReferenceCatalog load() {
		return new ReferenceCatalog();
	}

	public List<ComponentReference> controlPlaneComponents() {
		return this.controlPlaneComponents;
	}

	public List<ComponentReference> workerNodeComponents() {
		return this.workerNodeComponents;
	}

	/**
	 * A control-plane or worker-node component by id, e.g. {@code kube-apiserver} or
	 * {@code container-runtime}.
	 */
	public Optional<ComponentReference> component(String id) {
		return Optional.ofNullable(this.componentsById.get(id));
	}

	public List<ScaleLimitReference> scaleLimits() {
		return this.scaleLimits;
	}

	public List<VersionChangeReference> versionChanges() {
		return this.versionChanges;
	}

	public List<NetworkReference> networks() {
		return this.networks;
	}

	public List<CniReference> cnis() {
		return this.cnis;
	}

	public List<ProblemReference> problems() {
		return this.problems;
	}

	public List<AlertRuleReference> alertRules() {
		return this.alertRules;
	}

	public List<ManagedOfferingReference> managedOfferings() {
		return this.managedOfferings;
	}

	/** Distributions and managed offerings with the evidence that names each, most specific first. */
	public List<DistributionReference> distributions() {
		return this.distributions;
	}

	/** Clouds and local machines with the evidence that names each. */
	public List<InfrastructureReference> infrastructureProviders() {
		return this.infrastructureProviders;
	}

	public ChecklistReference checklist() {
		return this.checklist;
	}

	public NodeConditions nodeConditions() {
		return this.nodeConditions;
	}

	public AddOnVersions addOnVersions() {
		return this.addOnVersions;
	}

	private static <T> List<T> readList(String fileName, Class<T[]> type) {
		T[] items = read(fileName, type);
		for (T item : items) {
			if (item == null) {
				throw new IllegalStateException("Reference data file '" + DIRECTORY + fileName + "' has an empty entry");
			}
		}
		return List.of(items);
	}

	static <T> T read(String fileName, Class<T> type) {
		String location = DIRECTORY + fileName;
		try (InputStream in = ReferenceCatalog.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("Reference data file '" + location + "' is missing from the classpath");
			}
			return parse(location, in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reference data file '" + location + "' could not be read", ex);
		}
	}

	static <T> T parse(String location, InputStream in, Class<T> type) {
		T value;
		try {
			value = MAPPER.readValue(in, type);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Reference data file '" + location + "' is malformed: " + ex.getMessage(),
					ex);
		}
		if (value == null) {
			throw new IllegalStateException("Reference data file '" + location + "' is empty");
		}
		return value;
	}

	private static Map<String, ComponentReference> indexById(ComponentsFile components) {
		Map<String, ComponentReference> byId = new LinkedHashMap<>();
		for (List<ComponentReference> group : List.of(components.controlPlane(), components.workerNode())) {
			for (ComponentReference component : group) {
				if (byId.putIfAbsent(component.id(), component) != null) {
					throw new IllegalStateException("Reference data file '" + DIRECTORY
							+ "components.yaml' has component id '" + component.id() + "' more than once");
				}
			}
		}
		return Map.copyOf(byId);
	}

	record ComponentsFile(List<ComponentReference> controlPlane, List<ComponentReference> workerNode) {

		ComponentsFile {
			controlPlane = List.copyOf(Objects.requireNonNull(controlPlane, "controlPlane is required"));
			workerNode = List.copyOf(Objects.requireNonNull(workerNode, "workerNode is required"));
		}

	}

	record NetworkFile(List<NetworkReference> networks, List<CniReference> cni) {

		NetworkFile {
			networks = List.copyOf(Objects.requireNonNull(networks, "networks is required"));
			cni = List.copyOf(Objects.requireNonNull(cni, "cni is required"));
		}

	}

	record ManagedOfferingsFile(List<ManagedOfferingReference> offerings) {

		ManagedOfferingsFile {
			offerings = List.copyOf(Objects.requireNonNull(offerings, "offerings is required"));
		}

	}

	record DistributionsFile(List<DistributionReference> distributions, List<InfrastructureReference> providers) {

		DistributionsFile {
			distributions = List.copyOf(Objects.requireNonNull(distributions, "distributions is required"));
			providers = List.copyOf(Objects.requireNonNull(providers, "providers is required"));
			Set<String> ids = new HashSet<>();
			for (DistributionReference d : distributions) {
				if (!ids.add(d.id())) {
					throw new IllegalArgumentException("distribution id '" + d.id() + "' is there more than once");
				}
			}
			Set<String> providerIds = new HashSet<>();
			providers.forEach((p) -> providerIds.add(p.id()));
			for (DistributionReference d : distributions) {
				if (d.basedOn() != null && !ids.contains(d.basedOn())) {
					throw new IllegalArgumentException(
							"distribution " + d.id() + " is based on unknown '" + d.basedOn() + "'");
				}
				if (d.provider() != null && !providerIds.contains(d.provider())) {
					throw new IllegalArgumentException(
							"distribution " + d.id() + " names unknown provider '" + d.provider() + "'");
				}
			}
		}

	}

}
