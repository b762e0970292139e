package dev.kubeprint.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.kubeprint.reference.AlertRuleReference;
import dev.kubeprint.reference.ReferenceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chart's two monitoring toggles: the reference's alert rules as a PrometheusRule, and a ServiceMonitor for
 * Kubeprint's own metrics. Both off by default; on, they render exactly what src/test/resources/deploy says,
 * every expression is PromQL, and the rules keep the reference's names, thresholds, durations and severities.
 */
class MonitoringChartTests {

	private static final Path CHART = Path.of("helm-chart/kubeprint");

	private static final YAMLMapper YAML = new YAMLMapper();

	@Test
	void neitherIsRenderedByDefault() {
		assertThat(render(template())).extracting((m) -> m.path("kind").asString())
			.doesNotContain("PrometheusRule", "ServiceMonitor");
	}

	@Test
	void thePrometheusRuleIsExactlyTheExpectedRules() throws IOException {
		JsonNode rule = single(render(enabled()), "PrometheusRule");
		JsonNode expected = YAML.readTree(Files.readString(Path.of("src/test/resources/deploy/prometheusrule-spec.yaml")));

		assertThat(rule.path("apiVersion").asString()).isEqualTo("monitoring.coreos.com/v1");
		assertThat(rule.path("metadata").path("namespace").asString()).isEqualTo("kubeprint-system");
		assertThat(rule.path("metadata").path("labels").path("release").asString()).isEqualTo("kps");
		assertThat(rule.path("spec")).isEqualTo(expected);
	}

	@Test
	void everyExpressionIsPromQlReadingTheMetricsItIsAbout() {
		Map<String, List<String>> metrics = Map.of("KubeAPIServerDown", List.of("up"), "KubeAPIServerLatencyHigh",
				List.of("apiserver_request_duration_seconds_bucket"), "EtcdNoLeader", List.of("etcd_server_has_leader"),
				"EtcdDatabaseSizeHigh", List.of("etcd_mvcc_db_total_size_in_bytes", "etcd_server_quota_backend_bytes"),
				"KubeSchedulerPendingPods", List.of("scheduler_pending_pods"));

		List<JsonNode> rules = rules(render(enabled()));

		assertThat(rules).hasSize(5).allSatisfy((rule) -> assertThat(PromQlSyntax.check(rule.path("expr").asString()))
			.as(rule.path("alert").asString())
			.containsExactlyInAnyOrderElementsOf(metrics.get(rule.path("alert").asString())));
	}

	@Test
	void theRulesKeepTheReferencesNamesThresholdsDurationsAndSeverities() {
		List<AlertRuleReference> reference = ReferenceCatalog.load().alertRules();
		List<JsonNode> rules = rules(render(enabled()));

		assertThat(rules).extracting((r) -> r.path("alert").asString())
			.containsExactlyElementsOf(reference.stream().map(AlertRuleReference::alert).toList());
		for (int i = 0; i < reference.size(); i++) {
			AlertRuleReference seed = reference.get(i);
			JsonNode rule = rules.get(i);
			assertThat(rule.path("for").asString()).as(seed.alert()).isEqualTo(seed.forDuration());
			assertThat(rule.path("labels").path("severity").asString()).as(seed.alert()).isEqualTo(seed.severity());
			assertThat(rule.path("annotations").path("summary").asString()).as(seed.alert())
				.isEqualTo(seed.summary().en());
			assertThat(threshold(rule.path("expr").asString())).as(seed.alert()).isEqualTo(threshold(seed.expr()));
			assertThat(rule.path("annotations").path("runbook_url").asString()).startsWith("https://");
		}
	}

	@Test
	void theSelectorsFollowTheValues() {
		List<JsonNode> rules = rules(render(enabled().set("prometheusRule.selectors.apiserver", "job=\"kubernetes-apiservers\"")));

		assertThat(rules.get(0).path("expr").asString()).isEqualTo("absent(up{job=\"kubernetes-apiservers\"} == 1)");
		assertThat(PromQlSyntax.check(rules.get(1).path("expr").asString()))
			.containsExactly("apiserver_request_duration_seconds_bucket");
	}

	@Test
	void theServiceMonitorScrapesKubeprintsOwnMetricsThroughItsService() {
		List<JsonNode> manifests = render(enabled());
		JsonNode monitor = single(manifests, "ServiceMonitor");
		JsonNode service = single(manifests, "Service");
		JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);

		assertThat(endpoint.path("path").asString()).isEqualTo("/actuator/prometheus");
		assertThat(endpoint.path("port").asString()).isEqualTo(service.path("spec").path("ports").get(0).path("name").asString());
		assertThat(endpoint.path("interval").asString()).isEqualTo("30s");
		JsonNode selector = monitor.path("spec").path("selector").path("matchLabels");
		selector.properties().forEach((label) -> assertThat(service.path("metadata").path("labels").path(label.getKey()).asString())
			.as("the Service carries %s", label.getKey())
			.isEqualTo(label.getValue().asString()));
		assertThat(selector.size()).isPositive();
		assertThat(strings(monitor.path("spec").path("namespaceSelector").path("matchNames"))).containsExactly("kubeprint-system");
	}

	@ParameterizedTest
	@ValueSource(strings = { "prometheusRule.enabled=yes", "prometheusRule.selectors.apiserver=apiserver",
			"prometheusRule.selectors.cluster=x", "serviceMonitor.interval=often", "serviceMonitor.port=9090" })
	void theSchemaRejectsWhatWouldRenderNonsense(String setting) {
		String[] keyValue = setting.split("=", 2);
		TemplateCommand command = enabled().set(keyValue[0], keyValue[1]);

		assertThatThrownBy(command::call).isInstanceOf(IllegalStateException.class).hasMessageContaining("schema");
	}

	@Test
	void theSyntaxCheckCanFail() {
		for (String broken : List.of("sum(rate(x[5m])", "histogramquantile(0.99, x)", "x{job=apiserver}",
				"x{job=~\"(\"}", "x >", "sum by (le verb) (x)", "rate(x[5])", "x == == 1")) {
			assertThatThrownBy(() -> PromQlSyntax.check(broken)).as(broken).isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(PromQlSyntax.check("a / on(instance) group_left b > bool 0.8 or vector(0)")).containsExactly("a", "b");
	}

	/** The number an alert compares with: "> 0.8", "== 0", "> 50", also inside absent(...). */
	private static String threshold(String expr) {
		return expr.replaceAll("(?s).*(==|>|<)\\s*([0-9.]+)\\)?\\s*$", "$1 $2");
	}

	private static TemplateCommand template() {
		return new Helm(CHART).template().withName("prod").withNamespace("kubeprint-system").withKubeVersion("1.31.0");
	}

	private static TemplateCommand enabled() {
		return template().set("prometheusRule.enabled", true)
			.set("prometheusRule.labels.release", "kps")
			.set("serviceMonitor.enabled", true);
	}

	private static List<JsonNode> render(TemplateCommand command) {
		List<JsonNode> documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(command.call()).readAll();
		return documents.stream().filter((document) -> document != null && document.has("kind")).toList();
	}

	private static List<JsonNode> rules(List<JsonNode> manifests) {
		JsonNode groups = single(manifests, "PrometheusRule").path("spec").path("groups");
		assertThat(groups.size()).isEqualTo(1);
		return StreamSupport.stream(groups.get(0).path("rules").spliterator(), false).toList();
	}

	private static JsonNode single(List<JsonNode> manifests, String kind) {
		List<JsonNode> matching = manifests.stream().filter((m) -> m.path("kind").asString().equals(kind)).toList();
		assertThat(matching).as("rendered %s", kind).hasSize(1);
		return matching.get(0);
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

}
