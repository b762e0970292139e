package dev.kubeprint.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Lints and renders the chart with the Helm library that helm-java embeds, so neither a
 * helm binary nor a cluster is needed, and checks the parsed manifests rather than text.
 */
class HelmChartTests {

	private static final Path CHART = Path.of("helm-chart/kubeprint");

	private static final String RELEASE = "prod";

	private static final String NAMESPACE = "kubeprint-system";

	// helm-java assumes Kubernetes 1.20 unless told otherwise, which the chart's
	// kubeVersion (>=1.25) rejects.
	private static final String KUBE_VERSION = "1.31.0";

	private static final Set<String> READ_VERBS = Set.of("get", "list", "watch");

	// What the app actually reads, as "apiGroup/resource"; anything more is excess privilege.
	private static final Set<String> READ_RESOURCES = Set.of("/nodes", "/pods", "/namespaces", "/services",
			"/configmaps", "/persistentvolumes", "/persistentvolumeclaims", "/events",
			"discovery.k8s.io/endpointslices", "storage.k8s.io/storageclasses", "storage.k8s.io/csidrivers",
			"storage.k8s.io/csinodes", "storage.k8s.io/volumeattachments", "coordination.k8s.io/leases",
			"apps/daemonsets", "apps/deployments", "apps/statefulsets", "networking.k8s.io/networkpolicies", "networking.k8s.io/servicecidrs");

	private static final Set<String> NON_RESOURCE_URLS = Set.of("/version", "/readyz", "/readyz/*", "/livez",
			"/livez/*", "/metrics");

	private static final YAMLMapper YAML = new YAMLMapper();

	@TempDir
	Path tempDir;

	@Test
	void lintPassesInStrictMode() {
		LintResult result = new Helm(CHART).lint().strict().call();

		assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
		assertThat(result.getMessages()).noneMatch((message) -> message.contains("[ERROR]"))
			.noneMatch((message) -> message.contains("[WARNING]"));
	}

	@Test
	void defaultValuesRenderEveryResource() {
		List<JsonNode> manifests = render(template());

		assertThat(manifests).extracting((manifest) -> manifest.path("kind").asString())
			.containsExactlyInAnyOrder("Deployment", "Service", "ServiceAccount", "ClusterRole", "ClusterRoleBinding",
					"ConfigMap");
	}

	@Test
	void namespacedResourcesAndBindingUseTheReleaseNamespace() {
		List<JsonNode> manifests = render(template());

		manifests.stream()
			.filter((manifest) -> !manifest.path("kind").asString().startsWith("ClusterRole"))
			.forEach((manifest) -> assertThat(manifest.path("metadata").path("namespace").asString())
				.as("namespace of %s", manifest.path("kind").asString())
				.isEqualTo(NAMESPACE));
		JsonNode subject = single(manifests, "ClusterRoleBinding").path("subjects").get(0);
		assertThat(subject.path("kind").asString()).isEqualTo("ServiceAccount");
		assertThat(subject.path("namespace").asString()).isEqualTo(NAMESPACE);
		assertThat(subject.path("name").asString())
			.isEqualTo(single(manifests, "ServiceAccount").path("metadata").path("name").asString());
	}

	@Test
	void clusterRoleOnlyGrantsReadVerbs() {
		assertOnlyReadVerbs(single(render(template().set("rbac.readSecrets", true)), "ClusterRole"));
		assertOnlyReadVerbs(single(render(template()), "ClusterRole"));
	}

	@Test
	void clusterRoleCoversExactlyWhatTheAppReads() {
		JsonNode clusterRole = single(render(template()), "ClusterRole");

		assertThat(grantedResources(clusterRole)).containsExactlyInAnyOrderElementsOf(READ_RESOURCES);
		assertThat(rules(clusterRole).stream()
			.flatMap((rule) -> strings(rule.path("nonResourceURLs")).stream())
			.collect(Collectors.toSet())).isEqualTo(NON_RESOURCE_URLS);
	}

	@Test
	void secretsAreReadOnlyWhenEnabled() {
		List<JsonNode> defaults = render(template());
		assertThat(grantedResources(single(defaults, "ClusterRole"))).noneMatch((granted) -> granted.endsWith("/secrets"));
		assertThat(appConfig(defaults).path("secrets").path("enabled").asBoolean()).isFalse();

		List<JsonNode> enabled = render(template().set("rbac.readSecrets", true));
		assertThat(grantedResources(single(enabled, "ClusterRole"))).contains("/secrets");
		assertThat(appConfig(enabled).path("secrets").path("enabled").asBoolean()).isTrue();
	}

	@Test
	void rbacCanBeLeftToTheOperator() {
		List<JsonNode> manifests = render(template().set("rbac.create", false).set("serviceAccount.create", false));

		assertThat(manifests).extracting((manifest) -> manifest.path("kind").asString())
			.containsExactlyInAnyOrder("Deployment", "Service", "ConfigMap");
	}

	@Test
	void containerRunsAsNonRootWithReadOnlyRootFilesystem() {
		JsonNode podSpec = podSpec(render(template()));
		JsonNode container = podSpec.path("containers").get(0);
		JsonNode podSecurity = podSpec.path("securityContext");
		JsonNode security = container.path("securityContext");

		assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
		assertThat(podSecurity.path("runAsUser").asInt()).isEqualTo(10001);
		assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
		assertThat(security.path("runAsUser").asInt()).isNotZero();
		assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
		assertThat(strings(security.path("capabilities").path("drop"))).contains("ALL");
		assertThat(security.path("seccompProfile").path("type").asString()).isEqualTo("RuntimeDefault");
		// A read-only root needs somewhere writable for Tomcat and the JVM.
		assertThat(volumeMountedAt(podSpec, container, "/tmp").has("emptyDir")).isTrue();
	}

	@Test
	void deploymentProbesActuatorGroupsAndMountsTheConfig() {
		List<JsonNode> manifests = render(template());
		JsonNode podTemplate = single(manifests, "Deployment").path("spec").path("template");
		JsonNode podSpec = podTemplate.path("spec");
		JsonNode container = podSpec.path("containers").get(0);

		assertThat(container.path("livenessProbe").path("httpGet").path("path").asString())
			.isEqualTo("/actuator/health/liveness");
		assertThat(container.path("readinessProbe").path("httpGet").path("path").asString())
			.isEqualTo("/actuator/health/readiness");
		assertThat(container.path("startupProbe").path("httpGet").isObject()).isTrue();
		assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
		assertThat(volumeMountedAt(podSpec, container, "/config").path("configMap").path("name").asString())
			.isEqualTo(single(manifests, "ConfigMap").path("metadata").path("name").asString());
		assertThat(StreamSupport.stream(container.path("env").spliterator(), false)
			.filter((env) -> env.path("name").asString().equals("SPRING_CONFIG_ADDITIONAL_LOCATION"))
			.map((env) -> env.path("value").asString())).containsExactly("optional:file:/config/");
		JsonNode annotations = podTemplate.path("metadata").path("annotations");
		assertThat(annotations.path("checksum/config").asString()).matches("[0-9a-f]{64}");
		assertThat(annotations.path("prometheus.io/path").asString()).isEqualTo("/actuator/prometheus");
	}

	@Test
	void withoutClustersTheAppFallsBackToInCluster() {
		JsonNode config = appConfig(render(template()));

		assertThat(config.has("clusters")).isFalse();
		assertThat(config.path("staleness").asString()).isEqualTo("60s");
	}

	/**
	 * In-cluster is beyond loopback, where access is on by default: a proxy nobody is trusted as yet, so the chart
	 * installs without other values and shows nothing until one is named (AccessChartTests has the rest).
	 */
	@Test
	void defaultsSignInThroughAProxyNotAnonymously() {
		JsonNode access = appConfig(render(template())).path("access");

		assertThat(access.path("mode").asString()).isEqualTo("proxy");
		assertThat(access.path("allow-anonymous").asBoolean(true)).isFalse();
		assertThat(appConfig(render(template().set("access.mode", "none").set("access.allowAnonymous", true)))
			.path("access")
			.path("allow-anonymous")
			.asBoolean()).isTrue();
	}

	@Test
	void clustersValuesReachApplicationYaml() throws IOException {
		Path values = Files.writeString(this.tempDir.resolve("values.yaml"), """
				staleness: 2m
				clusters:
				  - name: prod
				    context: prod-admin
				    kubeconfig: /kube/config
				    etcd:
				      endpoints: [https://10.0.0.11:2379]
				      caFile: /etcd/ca.crt
				      certFile: /etcd/client.crt
				      keyFile: /etcd/client.key
				  - name: local
				    inCluster: true
				  - name: archived
				    snapshot: /snapshots/archived
				""");

		JsonNode config = appConfig(render(template().withValuesFile(values)));

		assertThat(config.path("staleness").asString()).isEqualTo("2m");
		JsonNode clusters = config.path("clusters");
		assertThat(clusters.size()).isEqualTo(3);
		assertThat(clusters.get(0).path("name").asString()).isEqualTo("prod");
		assertThat(clusters.get(0).path("context").asString()).isEqualTo("prod-admin");
		assertThat(clusters.get(0).path("kubeconfig").asString()).isEqualTo("/kube/config");
		JsonNode etcd = clusters.get(0).path("etcd");
		assertThat(etcd.path("endpoints").get(0).asString()).isEqualTo("https://10.0.0.11:2379");
		assertThat(etcd.path("ca-file").asString()).isEqualTo("/etcd/ca.crt");
		assertThat(etcd.path("cert-file").asString()).isEqualTo("/etcd/client.crt");
		assertThat(etcd.path("key-file").asString()).isEqualTo("/etcd/client.key");
		assertThat(clusters.get(1).path("name").asString()).isEqualTo("local");
		assertThat(clusters.get(1).path("in-cluster").asBoolean()).isTrue();
		assertThat(clusters.get(2).path("snapshot").asString()).isEqualTo("/snapshots/archived");
	}

	@ParameterizedTest
	@CsvSource({ "replicaCount, three", "unknownTopLevelKey, x", "staleness, soon", "image.pullPolicy, Sometimes",
			"clusters[0].colour, red", "clusters[0].etcd.endpoints[0], etcd-0:2379" })
	void schemaRejectsInvalidValues(String key, String value) {
		TemplateCommand command = template().set(key, value);

		assertThatThrownBy(command::call).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("schema");
	}

	private static TemplateCommand template() {
		return new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
	}

	private static List<JsonNode> render(TemplateCommand command) {
		List<JsonNode> documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(command.call()).readAll();
		return documents.stream().filter((document) -> document != null && document.has("kind")).toList();
	}

	private static JsonNode single(List<JsonNode> manifests, String kind) {
		List<JsonNode> matching = manifests.stream()
			.filter((manifest) -> manifest.path("kind").asString().equals(kind))
			.toList();
		assertThat(matching).as("rendered %s", kind).hasSize(1);
		return matching.get(0);
	}

	private static JsonNode podSpec(List<JsonNode> manifests) {
		return single(manifests, "Deployment").path("spec").path("template").path("spec");
	}

	private static JsonNode appConfig(List<JsonNode> manifests) {
		String applicationYaml = single(manifests, "ConfigMap").path("data").path("application.yaml").asString();
		return YAML.readTree(applicationYaml).path("kubeprint");
	}

	private static JsonNode volumeMountedAt(JsonNode podSpec, JsonNode container, String mountPath) {
		String volumeName = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
			.filter((mount) -> mount.path("mountPath").asString().equals(mountPath))
			.map((mount) -> mount.path("name").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing mounted at " + mountPath));
		return StreamSupport.stream(podSpec.path("volumes").spliterator(), false)
			.filter((volume) -> volume.path("name").asString().equals(volumeName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no volume named " + volumeName));
	}

	private static List<JsonNode> rules(JsonNode clusterRole) {
		JsonNode rules = clusterRole.path("rules");
		assertThat(rules.isArray()).as("ClusterRole rules").isTrue();
		return StreamSupport.stream(rules.spliterator(), false).toList();
	}

	private static void assertOnlyReadVerbs(JsonNode clusterRole) {
		assertThat(clusterRole.has("aggregationRule")).as("aggregated roles can gain verbs later").isFalse();
		for (JsonNode rule : rules(clusterRole)) {
			List<String> verbs = strings(rule.path("verbs"));
			assertThat(verbs).as("verbs of %s", rule).isNotEmpty().isSubsetOf(READ_VERBS);
			assertThat(strings(rule.path("resources"))).as("resources of %s", rule).doesNotContain("*");
			assertThat(strings(rule.path("apiGroups"))).as("apiGroups of %s", rule).doesNotContain("*");
			if (rule.has("nonResourceURLs")) {
				assertThat(verbs).as("non-resource URLs are only ever fetched").containsExactly("get");
			}
		}
	}

	private static Set<String> grantedResources(JsonNode clusterRole) {
		Set<String> granted = new HashSet<>();
		for (JsonNode rule : rules(clusterRole)) {
			for (String group : strings(rule.path("apiGroups"))) {
				for (String resource : strings(rule.path("resources"))) {
					granted.add(group + "/" + resource);
				}
			}
		}
		return granted;
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

}
