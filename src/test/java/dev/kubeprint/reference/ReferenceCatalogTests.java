package dev.kubeprint.reference;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.reference.CniReference.NetworkPolicySupport;
import dev.kubeprint.reference.ScaleLimitReference.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class ReferenceCatalogTests {

	private final ReferenceCatalog catalog = ReferenceCatalog.load();

	@Test
	void everyFileLoads() {
		assertThat(this.catalog.controlPlaneComponents()).isNotEmpty();
		assertThat(this.catalog.workerNodeComponents()).isNotEmpty();
		assertThat(this.catalog.scaleLimits()).isNotEmpty();
		assertThat(this.catalog.versionChanges()).isNotEmpty();
		assertThat(this.catalog.networks()).isNotEmpty();
		assertThat(this.catalog.cnis()).isNotEmpty();
		assertThat(this.catalog.problems()).isNotEmpty();
		assertThat(this.catalog.alertRules()).isNotEmpty();
		assertThat(this.catalog.managedOfferings()).isNotEmpty();
		assertThat(this.catalog.distributions()).isNotEmpty();
		assertThat(this.catalog.infrastructureProviders()).isNotEmpty();
		assertThat(this.catalog.checklist().controlPlane()).isNotEmpty();
		assertThat(this.catalog.checklist().workerNodes()).isNotEmpty();
	}

	@Test
	void controlPlaneComponentsInReferenceOrder() {
		assertThat(this.catalog.controlPlaneComponents())
			.extracting(ComponentReference::id, ComponentReference::ports, ComponentReference::haMode)
			.containsExactly(tuple("kube-apiserver", List.of("6443"), HaMode.ACTIVE_ACTIVE),
					tuple("etcd", List.of("2379", "2380"), HaMode.RAFT),
					tuple("kube-scheduler", List.of("10259"), HaMode.LEADER_ELECTION),
					tuple("kube-controller-manager", List.of("10257"), HaMode.LEADER_ELECTION),
					tuple("cloud-controller-manager", List.of("10258"), HaMode.LEADER_ELECTION));
		assertThat(this.catalog.controlPlaneComponents()).allSatisfy((component) -> {
			assertThat(component.ha()).isNotNull();
			assertThat(component.diagnose()).isNotEmpty();
		});
	}

	@Test
	void controlPlaneComponentTextsAreTheReferences() {
		ComponentReference apiserver = this.catalog.component("kube-apiserver").orElseThrow();
		assertThat(apiserver.function().zh()).isEqualTo("REST API入口，认证授权");
		assertThat(apiserver.ha().zh()).isEqualTo("多副本+LB");
		assertThat(apiserver.failureImpact().zh()).isEqualTo("集群完全不可用");
		assertThat(apiserver.metrics()).containsExactly("apiserver_request_*");
		assertThat(apiserver.diagnose()).contains("kubectl get --raw='/readyz?verbose'",
				"kubectl get --raw='/livez?verbose'");
		ComponentReference etcd = this.catalog.component("etcd").orElseThrow();
		assertThat(etcd.portNotes().zh()).isEqualTo("客户端 / 节点间");
		assertThat(etcd.diagnose()).contains("etcdctl endpoint status --cluster -w table");
		assertThat(this.catalog.component("cloud-controller-manager").orElseThrow().metrics()).isEmpty();
	}

	@Test
	void workerNodeComponentsWithReferenceCommandFirst() {
		assertThat(this.catalog.workerNodeComponents())
			.extracting(ComponentReference::id, ComponentReference::ports, (component) -> component.diagnose().get(0))
			.containsExactly(tuple("kubelet", List.of("10250", "10255"), "systemctl status kubelet"),
					tuple("kube-proxy", List.of("10249", "10256"), "iptables -L -t nat"),
					tuple("container-runtime", List.of(), "crictl ps"),
					tuple("cni-plugin", List.of(), "calicoctl node status"));
		assertThat(this.catalog.component("container-runtime").orElseThrow().portNotes().en()).isEqualTo("unix socket");
		assertThat(this.catalog.workerNodeComponents()).allSatisfy((component) -> {
			assertThat(component.haMode()).isNull();
			assertThat(component.ha()).isNull();
			assertThat(component.metrics()).isEmpty();
		});
	}

	@Test
	void componentLookupCoversBothGroups() {
		assertThat(this.catalog.component("etcd")).isPresent();
		assertThat(this.catalog.component("kubelet")).isPresent();
		assertThat(this.catalog.component("containerd")).isEmpty();
	}

	@Test
	void scaleLimits() {
		assertThat(this.catalog.scaleLimits())
			.extracting(ScaleLimitReference::id, ScaleLimitReference::unit, ScaleLimitReference::officialLimit,
					ScaleLimitReference::productionRecommendation)
			.containsExactly(tuple("nodes", Unit.COUNT, 5000L, 3000L), tuple("pods", Unit.COUNT, 150000L, 100000L),
					tuple("pods-per-node", Unit.COUNT, 110L, 110L), tuple("services", Unit.COUNT, 10000L, 5000L),
					tuple("backends-per-service", Unit.COUNT, 5000L, 1000L),
					tuple("namespaces", Unit.COUNT, 10000L, 1000L),
					tuple("configmap-size", Unit.BYTES, 1048576L, 262144L),
					tuple("secret-size", Unit.BYTES, 1048576L, 262144L));
		assertThat(this.catalog.scaleLimits()).extracting(ScaleLimitReference::source).containsOnly("reference");
		ScaleLimitReference backends = this.catalog.scaleLimits().get(4);
		assertThat(backends.alsoKnown()).singleElement().satisfies((known) -> {
			assertThat(known.value()).isEqualTo(250);
			assertThat(known.source()).endsWith("sig-scalability/configs-and-limits/thresholds.md");
		});
	}

	@Test
	void nineVersionRowsWithTheirChecks() {
		assertThat(this.catalog.versionChanges())
			.extracting(VersionChangeReference::version, VersionChangeReference::minor, VersionChangeReference::check)
			.containsExactly(tuple("1.24", 24, "dockershim-runtime"), tuple("1.25", 25, "psp-removed"),
					tuple("1.26", 26, "kube-proxy-nftables"), tuple("1.27", 27, "in-place-resize"),
					tuple("1.28", 28, "sidecar-containers"), tuple("1.29", 29, "lb-ip-mode"),
					tuple("1.30", 30, "node-swap"), tuple("1.31", 31, "apparmor-fields"), tuple("1.32", 32, "dra"));
		VersionChangeReference nftables = this.catalog.versionChanges().get(2);
		assertThat(nftables.change().zh()).isEqualTo("nftables支持");
		assertThat(nftables.note().en()).contains("v1.29", "v1.31");
	}

	@Test
	void networks() {
		assertThat(this.catalog.networks()).extracting(NetworkReference::id, NetworkReference::defaultCidr)
			.containsExactly(tuple("pod", "10.244.0.0/16"), tuple("service", "10.96.0.0/12"), tuple("node", null));
		assertThat(this.catalog.networks().get(2).cidrNote().zh()).isEqualTo("物理/云网络");
	}

	@Test
	void fiveCnis() {
		assertThat(this.catalog.cnis()).extracting(CniReference::id, CniReference::networkPolicy)
			.containsExactly(tuple("calico", NetworkPolicySupport.FULL), tuple("cilium", NetworkPolicySupport.FULL_PLUS),
					tuple("flannel", NetworkPolicySupport.NONE), tuple("terway", NetworkPolicySupport.SUPPORTED),
					tuple("aws-vpc-cni", NetworkPolicySupport.SUPPORTED));
		assertThat(this.catalog.cnis().get(0).modes()).containsExactly("BGP", "IPIP", "VXLAN");
		assertThat(this.catalog.cnis()).allSatisfy((cni) -> assertThat(cni.detect().daemonSets()).isNotEmpty());
		assertThat(this.catalog.cnis().get(3).detect().daemonSets()).containsExactly("terway", "terway-eniip",
				"terway-eni");
	}

	@Test
	void problemsKeepTheReferencesCommands() {
		assertThat(this.catalog.problems()).extracting(ProblemReference::id, ProblemReference::diagnose)
			.containsExactly(tuple("etcd-disk-full", "etcdctl endpoint status"),
					tuple("apiserver-overload", "kubectl get --raw /metrics | grep inflight"),
					tuple("scheduling-failure", "kubectl describe pod"),
					tuple("node-not-ready", "kubectl describe node"),
					tuple("dns-failure", "kubectl logs -n kube-system coredns-*"));
	}

	@Test
	void fiveAlertRules() {
		assertThat(this.catalog.alertRules())
			.extracting(AlertRuleReference::alert, AlertRuleReference::forDuration, AlertRuleReference::severity)
			.containsExactly(tuple("KubeAPIServerDown", "5m", "critical"),
					tuple("KubeAPIServerLatencyHigh", "5m", "warning"), tuple("EtcdNoLeader", "1m", "critical"),
					tuple("EtcdDatabaseSizeHigh", "5m", "warning"),
					tuple("KubeSchedulerPendingPods", "10m", "warning"));
		assertThat(this.catalog.alertRules().get(0).expr()).isEqualTo("absent(up{job=\"kubernetes-apiservers\"} == 1)");
		assertThat(this.catalog.alertRules().get(1).expr()).isEqualTo(
				"histogram_quantile(0.99, sum(rate(apiserver_request_duration_seconds_bucket{verb!=\"WATCH\"}[5m])) by (le, verb)) > 1");
	}

	@Test
	void managedOfferings() {
		assertThat(this.catalog.managedOfferings())
			.extracting(ManagedOfferingReference::id, ManagedOfferingReference::managed)
			.containsExactly(tuple("ack-standard", false), tuple("ack-pro", true), tuple("ack-serverless", true));
	}

	@Test
	void distributionsNameTheirProviderAndWhetherTheControlPlaneIsManaged() {
		assertThat(this.catalog.distributions())
			.extracting(DistributionReference::id, DistributionReference::provider,
					DistributionReference::managedControlPlane, DistributionReference::basedOn)
			.containsExactly(tuple("eks", "aws", true, null), tuple("gke", "gcp", true, null),
					tuple("aks", "azure", true, null), tuple("ack", "alibaba", true, null),
					tuple("oke", "oracle", true, null), tuple("openshift", null, false, null),
					tuple("rke2", null, false, null), tuple("k3s", null, false, null),
					tuple("kind", "local", false, "kubeadm"), tuple("minikube", "local", false, "kubeadm"),
					tuple("docker-desktop", "local", false, "kubeadm"), tuple("kubeadm", null, false, null));
		assertThat(this.catalog.infrastructureProviders()).extracting(InfrastructureReference::id)
			.containsExactly("aws", "gcp", "azure", "alibaba", "oracle", "local");
		assertThat(this.catalog.distributions().get(0).evidence().get(0).serverVersion()).isEqualTo("-eks-");
	}

	@Test
	void anEvidenceRuleNamesExactlyOnePlaceToLook() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("distributions: [{id: x, name: {en: X, zh: X}, managedControlPlane: false, "
					+ "note: {en: n, zh: n}, evidence: [{providerId: '^x://', nodeName: x, strength: STRONG}]}]\n"
					+ "providers: []", ReferenceCatalog.DistributionsFile.class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("exactly one place to look");
	}

	@Test
	void aBrokenRegexInARuleStopsTheLoad() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("- {id: p, name: {en: P, zh: P}, evidence: [{providerId: '^(x', strength: WEAK}]}",
					InfrastructureReference[].class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("Unclosed group");
	}

	@Test
	void aDistributionBasedOnAnUnknownOneFails() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("distributions: [{id: x, name: {en: X, zh: X}, basedOn: nope, managedControlPlane: false, "
					+ "note: {en: n, zh: n}, evidence: [{nodeName: x, strength: STRONG}]}]\nproviders: []",
					ReferenceCatalog.DistributionsFile.class))
			.withMessageContaining("based on unknown 'nope'");
	}

	@Test
	void malformedDistributionsFileIsNamed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("distributions: [{id: x, strength: STRONG", ReferenceCatalog.DistributionsFile.class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("malformed");
	}

	@Test
	void checklistKeepsCommandsVerbatim() {
		ChecklistReference checklist = this.catalog.checklist();
		assertThat(checklist.controlPlane()).hasSize(6);
		assertThat(checklist.workerNodes()).hasSize(10);
		assertThat(checklist.controlPlane().get(4).command())
			.startsWith("etcdctl --endpoints=https://127.0.0.1:2379 \\\n  --cacert=")
			.endsWith("endpoint health --cluster");
		assertThat(checklist.controlPlane().get(0).note().zh()).isEqualTo("已弃用但可用");
		assertThat(checklist.workerNodes()).extracting(ChecklistItemReference::command)
			.contains("iptables -L -t nat | head -50", "ipvsadm -Ln");
		assertThat(checklist.item("checklist.etcd-size").threshold("warningFraction")).isEqualTo(0.80);
		assertThat(checklist.item("checklist.etcd-size").threshold("criticalFraction")).isEqualTo(0.95);
		assertThat(checklist.item("checklist.apiserver-latency").threshold("warningSeconds")).isEqualTo(1.0);
		assertThat(checklist.item("checklist.node-conditions").commandFor("worker-3"))
			.isEqualTo("kubectl describe node worker-3 | grep -A 10 Conditions");
		assertThat(checklist.workerNodes()).filteredOn((i) -> i.check().equals("checklist.kubelet"))
			.extracting(ChecklistItemReference::runsOn)
			.containsOnly(ChecklistItemReference.RunsOn.NODE);
	}

	@Test
	void everyLocalizedTextHasBothLanguages() throws Exception {
		List<LocalizedText> texts = new ArrayList<>();
		for (Object value : List.of(this.catalog.controlPlaneComponents(), this.catalog.workerNodeComponents(),
				this.catalog.scaleLimits(), this.catalog.versionChanges(), this.catalog.networks(), this.catalog.cnis(),
				this.catalog.problems(), this.catalog.alertRules(), this.catalog.managedOfferings(),
				this.catalog.distributions(), this.catalog.infrastructureProviders(), this.catalog.checklist())) {
			collect(value, texts);
		}
		assertThat(texts).hasSizeGreaterThan(150);
		assertThat(texts).allSatisfy((text) -> {
			assertThat(text.en()).as("en of %s", text).isNotBlank();
			assertThat(text.zh()).as("zh of %s", text).isNotBlank();
		});
	}

	@Test
	void inPicksTheLocalesLanguage() {
		LocalizedText nodes = this.catalog.scaleLimits().get(0).name();
		assertThat(nodes.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("节点数").isEqualTo(nodes.zh());
		assertThat(nodes.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("节点数");
		assertThat(nodes.in(Locale.CHINESE)).isEqualTo("节点数");
		assertThat(nodes.in(Locale.ENGLISH)).isEqualTo("Nodes").isEqualTo(nodes.en());
		assertThat(nodes.in(Locale.GERMAN)).isEqualTo("Nodes");
		assertThat(nodes.in(null)).isEqualTo("Nodes");
	}

	@Test
	void inFallsBackToTheOtherLanguageWhenBlank() {
		assertThat(new LocalizedText(" ", "节点数").in(Locale.ENGLISH)).isEqualTo("节点数");
		assertThat(new LocalizedText("Nodes", null).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Nodes");
		assertThat(new LocalizedText(null, "").in(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void missingFileIsNamed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceCatalog.read("no-such-file.yaml", ProblemReference[].class))
			.withMessageContaining("reference/no-such-file.yaml")
			.withMessageContaining("missing");
	}

	@Test
	void malformedYamlIsNamed() {
		assertThatIllegalStateException().isThrownBy(() -> parse("- id: [unclosed", ProblemReference[].class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("malformed");
	}

	@Test
	void misspeltKeyFails() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("- {id: azure, name: {en: Azure, zh: Azure}, evidence: [{providerId: '^azure://', strength: STRONG, say: {en: a, zh: b}}]}",
					InfrastructureReference[].class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("Unrecognized property \"say\"");
	}

	@Test
	void missingRequiredFieldFails() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("- {alert: A, expr: up, for: 5m, severity: warning}", AlertRuleReference[].class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("summary is required for alert A");
	}

	@Test
	void missingPrimitiveFails() {
		assertThatIllegalStateException()
			.isThrownBy(() -> parse(
					"- {id: x, name: {en: a, zh: b}, controlPlane: {en: a, zh: b}, etcd: {en: a, zh: b}, traits: {en: a, zh: b}}",
					ManagedOfferingReference[].class))
			.withMessageContaining("reference/test.yaml")
			.withMessageContaining("[\"managed\"]");
	}

	@Test
	void emptyFileFails() {
		assertThatIllegalStateException().isThrownBy(() -> parse("", ProblemReference[].class))
			.withMessageStartingWith("Reference data file 'reference/test.yaml' is malformed: No content");
	}

	@Test
	void listsAreImmutable() {
		assertThat(this.catalog.controlPlaneComponents()).isUnmodifiable();
		assertThat(this.catalog.scaleLimits()).isUnmodifiable();
		assertThat(this.catalog.component("kubelet").orElseThrow().diagnose()).isUnmodifiable();
		assertThat(this.catalog.cnis().get(0).detect().images()).isUnmodifiable();
		assertThat(this.catalog.checklist().workerNodes()).isUnmodifiable();
	}

	private static <T> T parse(String yaml, Class<T> type) {
		return ReferenceCatalog.parse("reference/test.yaml",
				new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), type);
	}

	// Walks records and collections reflectively so that a LocalizedText added to a record
	// later is covered without touching this test.
	private static void collect(Object value, List<LocalizedText> texts) throws Exception {
		if (value instanceof LocalizedText text) {
			texts.add(text);
		}
		else if (value instanceof Collection<?> collection) {
			for (Object element : collection) {
				collect(element, texts);
			}
		}
		else if (value != null && value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				collect(component.getAccessor().invoke(value), texts);
			}
		}
	}

}
