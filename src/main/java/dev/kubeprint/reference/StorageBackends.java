package dev.kubeprint.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;


/**
 * What sits behind a volume, in words, and which in-tree volume plugins Kubernetes knows, from
 * {@code reference/storage-backends.yaml}: adding a driver is an edit of that file, not of code.
 */
public final class StorageBackends {

	static final String LOCATION = "reference/storage-backends.yaml";

	// As for the reference catalog: a misspelt key in hand-written data must fail, not drop a value.
	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final List<Backend> backends;

	private final List<InTreePlugin> inTree;

	private final List<Controller> controllers;

	StorageBackends(List<Backend> backends, List<InTreePlugin> inTree) {
		this(backends, inTree, List.of());
	}

	StorageBackends(List<Backend> backends, List<InTreePlugin> inTree, List<Controller> controllers) {
		this.backends = List.copyOf(backends);
		this.inTree = List.copyOf(inTree);
		this.controllers = List.copyOf(controllers);
	}

	/** Reads the bundled file; a missing or malformed file fails at startup, naming the file. */
	public static StorageBackends load() {
		try (InputStream in = StorageBackends.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("Reference data file '" + LOCATION + "' is missing from the classpath");
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reference data file '" + LOCATION + "' could not be read", ex);
		}
	}

	static StorageBackends parse(InputStream in) {
		try {
			File file = MAPPER.readValue(in, File.class);
			if (file == null) {
				throw new IllegalStateException("Reference data file '" + LOCATION + "' is empty");
			}
			return new StorageBackends(file.backends(), file.inTree(), file.controllers());
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(
					"Reference data file '" + LOCATION + "' is malformed: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * The backend of a provisioner (or CSI driver) with these parameters, e.g. "Alibaba Cloud ESSD PL1" for
	 * diskplugin.csi.alibabacloud.com with type=cloud_essd, performanceLevel=PL1.
	 */
	public Optional<LocalizedText> describe(String provisioner, Map<String, String> parameters) {
		if (provisioner == null || provisioner.isEmpty()) {
			return Optional.empty();
		}
		return backends.stream()
			.filter((b) -> provisioner.equals(b.provisioner()) && b.matches(parameters))
			.map(Backend::name)
			.findFirst();
	}

	/**
	 * The backend only where the parameters name it: a driver's default entry is a guess about a class nobody
	 * saw, so a volume whose class is missing from the data gets no default.
	 */
	public Optional<LocalizedText> describeStated(String provisioner, Map<String, String> parameters) {
		if (provisioner == null || provisioner.isEmpty()) {
			return Optional.empty();
		}
		return backends.stream()
			.filter((b) -> provisioner.equals(b.provisioner()) && !b.match().isEmpty() && b.matches(parameters))
			.map(Backend::name)
			.findFirst();
	}

	/** The backend of an in-tree PV by its volume source, e.g. nfs. */
	public Optional<LocalizedText> describeVolumeType(String volumeType) {
		return backends.stream()
			.filter((b) -> volumeType.equals(b.volumeType()))
			.map(Backend::name)
			.findFirst();
	}

	/** The in-tree plugin that serves this StorageClass provisioner, e.g. kubernetes.io/aws-ebs. */
	public Optional<InTreePlugin> inTreeProvisioner(String provisioner) {
		return inTree.stream().filter((p) -> provisioner.equals(p.provisioner())).findFirst();
	}

	/** The in-tree plugin of a PV's volume source, e.g. awsElasticBlockStore. */
	public Optional<InTreePlugin> inTreeVolumeType(String volumeType) {
		return inTree.stream().filter((p) -> volumeType.equals(p.volumeType())).findFirst();
	}

	/** The Deployments, by name, that serve this provisioner (local-path-provisioner for rancher.io/local-path). */
	public List<String> deploymentsServing(String provisioner) {
		return controllers.stream().filter((c) -> provisioner.equals(c.provisioner())).map(Controller::deployment).toList();
	}

	/** The Deployments, by name, that serve VolumeSnapshots (snapshot-controller and its distributions' names). */
	public List<String> snapshotControllers() {
		return controllers.stream().filter(Controller::snapshots).map(Controller::deployment).toList();
	}

	record File(List<Backend> backends, List<InTreePlugin> inTree, List<Controller> controllers) {

		File {
			backends = backends == null ? List.of() : List.copyOf(backends);
			inTree = inTree == null ? List.of() : List.copyOf(inTree);
			controllers = controllers == null ? List.of() : List.copyOf(controllers);
		}

	}

	/**
	 * @param provisioner the StorageClass provisioner or PV CSI driver it applies to
	 * @param volumeType instead of a provisioner, the in-tree volume source it applies to
	 * @param match parameters that must all be equal; none matches any
	 */
	public record Backend(String provisioner, String volumeType, Map<String, String> match, LocalizedText name) {

		public Backend {
			Objects.requireNonNull(name, () -> "name is required for backend " + provisioner + volumeType);
			if (provisioner == null && volumeType == null) {
				throw new IllegalArgumentException("a backend needs a provisioner or a volumeType: " + name);
			}
			match = match == null ? Map.of() : Map.copyOf(match);
		}

		boolean matches(Map<String, String> parameters) {
			return match.entrySet().stream().allMatch((e) -> e.getValue().equals(parameters.get(e.getKey())));
		}

	}

	/**
	 * A Deployment that serves storage without being a CSI driver the CSI objects would name.
	 *
	 * @param deployment its usual name
	 * @param provisioner the StorageClass provisioner it serves, or null
	 * @param snapshots whether it is a VolumeSnapshot controller
	 */
	public record Controller(String deployment, String provisioner, Boolean snapshots) {

		public Controller {
			Objects.requireNonNull(deployment, "deployment is required for a storage controller");
			// Written only where true in the file.
			snapshots = snapshots != null && snapshots;
			if (provisioner == null && !snapshots) {
				throw new IllegalArgumentException("a storage controller serves a provisioner or snapshots: " + deployment);
			}
		}

	}

	/** @param csiDriver the CSI driver that serves it after CSI migration, or null */
	public record InTreePlugin(String volumeType, String provisioner, Status status, String csiDriver) {

		public InTreePlugin {
			Objects.requireNonNull(volumeType, "volumeType is required for an in-tree plugin");
			Objects.requireNonNull(status, () -> "status is required for in-tree plugin " + volumeType);
		}

		public enum Status {

			SUPPORTED, MIGRATED, DEPRECATED, REMOVED

		}

	}

}
