package dev.kubeprint.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.EmbedProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chart's access values: each mode reaches the app's kubeprint.access with secrets only ever referenced, the
 * schema refuses what would open every cluster by mistake, the Ingress and NetworkPolicy appear only when asked,
 * and the NOTES say how to sign in (and shout when nobody has to).
 */
class AccessChartTests {

	private static final Path CHART = Path.of("helm-chart/kubeprint");

	private static final YAMLMapper YAML = new YAMLMapper();

	@TempDir
	Path tempDir;

	@Test
	void byDefaultAccessIsOnAndOnlyThePodItselfIsTrustedAsProxy() {
		List<JsonNode> manifests = render(template());
		JsonNode access = appConfig(manifests).path("access");
		assertThat(access.path("mode").asString()).isEqualTo("proxy");
		assertThat(access.path("allow-anonymous").asBoolean(true)).isFalse();
		assertThat(access.path("proxy").path("trusted-addresses").toString()).isEqualTo("[\"127.0.0.1/32\",\"::1/128\"]");
		assertThat(access.path("proxy").path("user-header").asString()).isEqualTo("X-Forwarded-User");
		assertThat(appConfig(manifests).path("web").path("embed").path("frame-ancestors").isEmpty()).isTrue();
		assertThat(kinds(manifests)).doesNotContain("Ingress", "NetworkPolicy");
		assertThat(notes(install())).contains("access.mode=proxy", "Only the pod itself is trusted", "port-forward",
				"curl -H 'X-Forwarded-User: you'");
	}

	/** What the chart writes binds to the app's own properties, as the app will read it at startup. */
	@Test
	void theRenderedConfigurationBindsToTheAppsProperties() throws IOException {
		for (TemplateCommand command : List.of(template(), oidc(template()),
				template().set("access.mode", "none").set("access.allowAnonymous", true)
					.set("web.embed.frameAncestors[0]", "https://portal.example.com"))) {
			var source = new YamlPropertySourceLoader()
				.load("chart", new ByteArrayResource(configMapText(render(command))
					.getBytes(StandardCharsets.UTF_8)));
			var binder = new Binder(
					ConfigurationPropertySources.from(source));
			var access = binder.bindOrCreate("kubeprint.access", AccessProperties.class);
			var embed = binder.bindOrCreate("kubeprint.web.embed", EmbedProperties.class);
			assertThat(access.mode()).isNotNull();
			if (access.mode() == AccessProperties.Mode.PROXY) {
				assertThat(access.proxy().trustedAddresses()).containsExactly("127.0.0.1/32", "::1/128");
			}
			assertThat(embed.frameAncestorsSource()).isIn("'none'", "https://portal.example.com");
		}
	}

	@Test
	void oidcReachesTheAppWithItsClientSecretOnlyAsASecretReference() {
		List<JsonNode> manifests = render(oidc(template()).set("access.oidc.groupsClaim", "roles")
			.set("clusters[0].name", "prod").set("clusters[0].context", "prod").set("clusters[0].allowedGroups[0]", "sre"));
		assertThat(appConfig(manifests).path("clusters").get(0).path("allowed-groups").get(0).asString()).isEqualTo("sre");
		JsonNode oidc = appConfig(manifests).path("access").path("oidc");
		assertThat(oidc.path("issuer-uri").asString()).isEqualTo("https://keycloak.example.com/realms/sre");
		assertThat(oidc.path("client-id").asString()).isEqualTo("kubeprint");
		assertThat(oidc.path("groups-claim").asString()).isEqualTo("roles");
		assertThat(oidc.has("client-secret")).isFalse();
		JsonNode secret = env(manifests, "KUBEPRINT_ACCESS_OIDC_CLIENT_SECRET").path("valueFrom").path("secretKeyRef");
		assertThat(secret.path("name").asString()).isEqualTo("kubeprint-oidc");
		assertThat(secret.path("key").asString()).isEqualTo("client-secret");
		assertThat(configMapText(manifests)).doesNotContain("kubeprint-oidc").doesNotContainIgnoringCase("secret:");
	}

	@Test
	void theNotesSayHowToSignInForEachMode() {
		assertThat(notes(oidc(install()).set("ingress.enabled", true))).contains("access.mode=oidc",
				"https://keycloak.example.com/realms/sre", "http://kubeprint.example.com/login/oauth2/code/kubeprint",
				"\"groups\"");
		assertThat(notes(install().set("access.proxy.trustedAddresses[0]", "10.42.0.0/16")))
			.contains("X-Forwarded-User", "X-Forwarded-Groups", "only from 10.42.0.0/16")
			.doesNotContain("Only the pod itself");
		String none = notes(install().set("access.mode", "none").set("access.allowAnonymous", true)
			.set("ingress.enabled", true));
		assertThat(none).contains("WARNING: access.mode=none", "NO SIGN-IN", "Anyone who can reach this service",
				"The Ingress http://kubeprint.example.com exposes it");
	}

	@Test
	void proxyValuesReachTheApp() {
		JsonNode proxy = appConfig(render(template().set("access.proxy.trustedAddresses[0]", "10.42.0.0/16")
			.set("access.proxy.userHeader", "X-Auth-Request-User"))).path("access").path("proxy");
		assertThat(proxy.path("trusted-addresses").get(0).asString()).isEqualTo("10.42.0.0/16");
		assertThat(proxy.path("user-header").asString()).isEqualTo("X-Auth-Request-User");
		assertThat(proxy.path("groups-header").asString()).isEqualTo("X-Forwarded-Groups");
		assertThat(proxy.has("sign-out-url")).as("no sign-out link unless named").isFalse();
		assertThat(appConfig(render(template().set("access.proxy.signOutUrl", "/oauth2/sign_out"))).path("access")
			.path("proxy")
			.path("sign-out-url")
			.asString()).isEqualTo("/oauth2/sign_out");
		assertThatThrownBy(() -> template().set("access.proxy.signOutUrl", "javascript:alert(1)").call())
			.hasMessageContaining("schema");
	}

	@Test
	void noneIsAcceptedWithAnIngressOnlyWhenAnonymousAccessIsMeant() {
		assertThatThrownBy(() -> template().set("access.mode", "none").set("ingress.enabled", true).call())
			.hasMessageContaining("schema")
			.hasMessageContaining("allowAnonymous");
		assertThatThrownBy(() -> template().set("access.mode", "none").set("service.type", "LoadBalancer").call())
			.hasMessageContaining("allowAnonymous");
		List<JsonNode> meant = render(template().set("access.mode", "none").set("access.allowAnonymous", true)
			.set("ingress.enabled", true));
		assertThat(appConfig(meant).path("access").path("allow-anonymous").asBoolean()).isTrue();
		assertThat(kinds(render(template().set("access.mode", "none")))).doesNotContain("Ingress");
	}

	@ParameterizedTest
	@ValueSource(strings = { "access.mode=basic", "access.mode=oidc", "access.oidc.issuerUri=keycloak",
			"access.oidc.clientId=", "access.proxy.trustedAddresses[0]=proxy.example.com",
			"web.embed.frameAncestors[0]=https://a.example; script-src *", "ingress.hosts[0].paths[0].pathType=Any" })
	void schemaRejects(String setting) {
		String[] pair = setting.split("=", 2);
		TemplateCommand command = setting.startsWith("access.oidc.") ? oidc(template()) : template();
		assertThatThrownBy(() -> command.set(pair[0], pair[1]).call()).hasMessageContaining("schema");
	}

	@Test
	void proxyWithoutATrustedAddressIsRejectedAsTheAppWouldRefuseToStart() throws IOException {
		Path values = Files.writeString(tempDir.resolve("no-proxy.yaml"), "access: {proxy: {trustedAddresses: []}}\n");
		assertThatThrownBy(() -> template().withValuesFile(values).call()).hasMessageContaining("schema")
			.hasMessageContaining("trustedAddresses");
	}

	@Test
	void anIngressAndANetworkPolicyOnlyWhenEnabled() throws IOException {
		Path values = Files.writeString(tempDir.resolve("values.yaml"), """
				ingress:
				  enabled: true
				  className: nginx
				  hosts: [{host: kubeprint.sre.example, paths: [{path: /, pathType: Prefix}]}]
				  tls: [{secretName: kubeprint-tls, hosts: [kubeprint.sre.example]}]
				networkPolicy:
				  enabled: true
				  ingressController:
				    namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: traefik}}
				    podSelector: {matchLabels: {app.kubernetes.io/name: traefik}}
				""");
		List<JsonNode> manifests = render(template().withValuesFile(values));
		JsonNode ingress = single(manifests, "Ingress").path("spec");
		assertThat(ingress.path("ingressClassName").asString()).isEqualTo("nginx");
		assertThat(ingress.path("tls").get(0).path("secretName").asString()).isEqualTo("kubeprint-tls");
		JsonNode rule = ingress.path("rules").get(0);
		assertThat(rule.path("host").asString()).isEqualTo("kubeprint.sre.example");
		JsonNode backend = rule.path("http").path("paths").get(0).path("backend").path("service");
		assertThat(backend.path("name").asString()).isEqualTo(single(manifests, "Service").path("metadata").path("name").asString());
		assertThat(backend.path("port").path("name").asString()).isEqualTo("http");

		JsonNode policy = single(manifests, "NetworkPolicy").path("spec");
		assertThat(policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/instance").asString())
			.isEqualTo("prod");
		assertThat(policy.path("policyTypes").toString()).isEqualTo("[\"Ingress\"]");
		JsonNode from = policy.path("ingress");
		assertThat(from.size()).isEqualTo(2);
		assertThat(from.get(0).path("from").get(0).path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name")
			.asString()).isEqualTo("traefik");
		assertThat(from.get(1).path("from").get(0).path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
			.asString()).isEqualTo("prometheus");
		assertThat(from.get(1).path("ports").get(0).path("port").asString()).isEqualTo("http");
	}

	@Test
	void viewerTokensAndTheMetricsTokenAreMountedAndReferencedFromTheirSecrets() {
		List<JsonNode> manifests = render(template().set("access.viewerTokens.existingSecret", "kubeprint-viewers")
			.set("access.metricsToken.existingSecret", "kubeprint-metrics").set("serviceMonitor.enabled", true));
		JsonNode pod = single(manifests, "Deployment").path("spec").path("template").path("spec");
		JsonNode volume = StreamSupport.stream(pod.path("volumes").spliterator(), false)
			.filter((v) -> v.path("name").asString().equals("viewer-tokens"))
			.findFirst()
			.orElseThrow();
		assertThat(volume.path("secret").path("secretName").asString()).isEqualTo("kubeprint-viewers");
		assertThat(volume.path("secret").path("items").get(0).path("key").asString()).isEqualTo("viewer-tokens.yaml");
		assertThat(pod.path("containers").get(0).path("volumeMounts").toString())
			.contains("\"mountPath\":\"/etc/kubeprint/access\"");
		assertThat(env(manifests, "SPRING_CONFIG_IMPORT").path("value").asString())
			.isEqualTo("file:/etc/kubeprint/access/viewer-tokens.yaml");
		assertThat(env(manifests, "KUBEPRINT_ACCESS_METRICS_TOKEN_SHA256").path("valueFrom").path("secretKeyRef")
			.path("name").asString()).isEqualTo("kubeprint-metrics");
		JsonNode scrape = single(manifests, "ServiceMonitor").path("spec").path("endpoints").get(0);
		assertThat(scrape.path("authorization").path("credentials").path("name").asString()).isEqualTo("kubeprint-metrics");
		assertThat(scrape.path("authorization").path("credentials").path("key").asString()).isEqualTo("token");
		assertThat(configMapText(manifests)).doesNotContain("kubeprint-viewers", "kubeprint-metrics", "sha256",
				"viewer-tokens");
	}

	@Test
	void embedAndWallValuesReachTheApp() {
		JsonNode web = appConfig(render(template().set("web.embed.frameAncestors[0]", "https://portal.example.com")
			.set("web.wall.clusters[0]", "prod").set("web.wall.rotateEvery", "45s"))).path("web");
		assertThat(web.path("embed").path("frame-ancestors").get(0).asString()).isEqualTo("https://portal.example.com");
		assertThat(web.path("wall").path("clusters").get(0).asString()).isEqualTo("prod");
		assertThat(web.path("wall").path("rotate-every").asString()).isEqualTo("45s");
		assertThat(web.path("wall").has("pages")).as("left to the app's default").isFalse();
	}

	private static TemplateCommand template() {
		return new Helm(CHART).template().withName("prod").withNamespace("kubeprint-system").withKubeVersion("1.31.0");
	}

	private static InstallCommand install() {
		return new Helm(CHART).install().withName("prod").withNamespace("kubeprint-system").withKubeVersion("1.31.0")
			.clientOnly()
			.dryRun();
	}

	private static TemplateCommand oidc(TemplateCommand command) {
		return command.set("access.mode", "oidc").set("access.oidc.issuerUri", "https://keycloak.example.com/realms/sre")
			.set("access.oidc.clientId", "kubeprint").set("access.oidc.clientSecret.existingSecret", "kubeprint-oidc");
	}

	private static InstallCommand oidc(InstallCommand command) {
		return command.set("access.mode", "oidc").set("access.oidc.issuerUri", "https://keycloak.example.com/realms/sre")
			.set("access.oidc.clientId", "kubeprint");
	}

	private static String notes(InstallCommand command) {
		String output = command.call().getOutput();
		assertThat(output).contains("NOTES:");
		return output.substring(output.indexOf("NOTES:"));
	}

	private static List<JsonNode> render(TemplateCommand command) {
		return YAML.readerFor(JsonNode.class).<JsonNode>readValues(command.call()).readAll().stream()
			.filter((document) -> document != null && document.has("kind"))
			.toList();
	}

	private static List<String> kinds(List<JsonNode> manifests) {
		return manifests.stream().map((m) -> m.path("kind").asString()).toList();
	}

	private static JsonNode single(List<JsonNode> manifests, String kind) {
		List<JsonNode> matching = manifests.stream().filter((m) -> m.path("kind").asString().equals(kind)).toList();
		assertThat(matching).as("rendered %s", kind).hasSize(1);
		return matching.get(0);
	}

	private static String configMapText(List<JsonNode> manifests) {
		return single(manifests, "ConfigMap").path("data").path("application.yaml").asString();
	}

	private static JsonNode appConfig(List<JsonNode> manifests) {
		return YAML.readTree(configMapText(manifests)).path("kubeprint");
	}

	private static JsonNode env(List<JsonNode> manifests, String name) {
		JsonNode container = single(manifests, "Deployment").path("spec").path("template").path("spec")
			.path("containers").get(0);
		return StreamSupport.stream(container.path("env").spliterator(), false)
			.filter((e) -> e.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no env " + name + " in " + container.path("env")));
	}

}
