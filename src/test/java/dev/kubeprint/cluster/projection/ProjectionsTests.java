package dev.kubeprint.cluster.projection;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.CsiDriverFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.ServiceFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Projections over responses recorded from a real kube-apiserver v1.28. */
class ProjectionsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void nodeKeepsWhatThePanelsUse() throws IOException {
		NodeFact node = items("nodes-list-page.json", FactKind.NODES).get(0);
		assertThat(node.name()).isEqualTo("fake-node-00000");
		assertThat(node.label("topology.kubernetes.io/zone")).isEqualTo("lab-zone-0");
		assertThat(node.isReady()).isTrue();
		assertThat(node.ready().reason()).isEqualTo("KubeletReady");
		assertThat(node.allocatable().cpuMillis()).isEqualTo(15800);
		assertThat(node.allocatable().memoryBytes()).isEqualTo(64_700_000L * 1024);
		assertThat(node.allocatable().pods()).isEqualTo(110);
		assertThat(node.internalIp()).isEqualTo("127.1.0.1");
		assertThat(node.info().kubeletVersion()).startsWith("v1.28");
		assertThat(node.info().runtimeName()).isEqualTo("containerd");
		assertThat(node.conditions()).extracting("type").contains("MemoryPressure", "DiskPressure", "PIDPressure");
		assertThat(node.conditions()).noneMatch(ConditionFact::isTrue);
	}

	@Test
	void aStatusReportThatOnlyMovesTheHeartbeatIsTheSameFact() {
		String report = "{\"metadata\":{\"name\":\"n1\"},\"status\":{\"conditions\":[{\"type\":\"Ready\","
				+ "\"status\":\"True\",\"lastTransitionTime\":\"2026-11-01T00:00:00Z\",\"lastHeartbeatTime\":\"%s\"}]}}";
		NodeFact first = project(FactKind.NODES, report.formatted("2026-11-20T07:59:00Z"));
		NodeFact next = project(FactKind.NODES, report.formatted("2026-11-20T08:04:00Z"));
		assertThat(next).isEqualTo(first);
	}

	@Test
	void nodesKeepOnlyTheAnnotationsThatTellHowTheyWereSetUp() {
		String longArgs = "[\\\"server\\\"" + ",\\\"--tls-san\\\"".repeat(100) + "]";
		NodeFact node = project(FactKind.NODES, """
				{"metadata":{"name":"n1","annotations":{"rke2.io/node-args":"%s",
				"kubeadm.alpha.kubernetes.io/cri-socket":"unix:///run/containerd/containerd.sock",
				"machineconfiguration.openshift.io/state":"Done","projectcalico.org/IPv4Address":"10.0.0.1/24",
				"kubectl.kubernetes.io/last-applied-configuration":"{huge}","csi.volume.kubernetes.io/nodeid":"{}"}}}
				""".formatted(longArgs));
		assertThat(node.annotations()).containsOnlyKeys("rke2.io/node-args", "kubeadm.alpha.kubernetes.io/cri-socket",
				"machineconfiguration.openshift.io/state", "projectcalico.org/IPv4Address");
		assertThat(node.annotations().get("rke2.io/node-args")).startsWith("[\"server\",\"--tls-san\"")
			.hasSize(NodeProjection.MAX_ANNOTATION_LENGTH + 1)
			.endsWith("…");
	}

	@Test
	void podBecomesASlimRecord() throws IOException {
		PodFact pod = items("pods-list-page.json", FactKind.PODS).get(0);
		assertThat(pod.namespace()).isEqualTo("lab-demo");
		assertThat(pod.name()).isEqualTo("web-75fbb76865-467qx");
		assertThat(pod.nodeName()).isEqualTo("fake-node-00008");
		assertThat(pod.phase()).isEqualTo("Pending");
		assertThat(pod.ready()).isFalse();
		assertThat(pod.requests().cpuMillis()).isEqualTo(100);
		assertThat(pod.requests().memoryBytes()).isEqualTo(128L * 1024 * 1024);
		assertThat(pod.ownerKind()).isEqualTo("ReplicaSet");
		assertThat(pod.component()).isEqualTo("web");
		// Flags are kept for kube-system only: an app's command line is no business of the panels.
		assertThat(pod.flags()).isEmpty();
	}

	@Test
	void leasesCarryHolderAndRenewal() throws IOException {
		List<LeaseFact> leases = items("kube-system-leases.json", FactKind.LEASES);
		LeaseFact scheduler = leases.stream().filter((l) -> l.name().equals("kube-scheduler")).findFirst().orElseThrow();
		assertThat(scheduler.holderHost()).isEqualTo("vm");
		assertThat(scheduler.durationSeconds()).isEqualTo(15);
		assertThat(scheduler.renewTime()).isNotNull();
		assertThat(leases).anySatisfy((l) -> assertThat(l.labels()).containsKey("apiserver.kubernetes.io/identity"));
	}

	@Test
	void kubeadmConfigKeepsItsDataOtherConfigMapsOnlyTheirSize() throws IOException {
		ConfigMapFact kubeadm = single("kubeadm-config.json", FactKind.CONFIG_MAPS);
		assertThat(kubeadm.data()).containsKey("ClusterConfiguration");
		assertThat(kubeadm.sizeBytes()).isGreaterThan(100);
		ConfigMapFact other = project(FactKind.CONFIG_MAPS,
				"{\"metadata\":{\"name\":\"app\",\"namespace\":\"shop\"},\"data\":{\"k\":\"välue\"}}");
		assertThat(other.data()).isEmpty();
		assertThat(other.sizeBytes()).isEqualTo(1 + 6);
	}

	@Test
	void configMapDataIsKeptWhenKubectlSortsDataBeforeMetadata() {
		ConfigMapFact kubeadm = project(FactKind.CONFIG_MAPS, "{\"apiVersion\":\"v1\",\"data\":{\"ClusterConfiguration\":\"x: 1\"},"
				+ "\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"kubeadm-config\",\"namespace\":\"kube-system\"}}");
		assertThat(kubeadm.data()).containsEntry("ClusterConfiguration", "x: 1");
		ConfigMapFact app = project(FactKind.CONFIG_MAPS,
				"{\"data\":{\"k\":\"v\"},\"metadata\":{\"name\":\"app\",\"namespace\":\"shop\"}}");
		assertThat(app.data()).isEmpty();
		assertThat(app.sizeBytes()).isEqualTo(2);
	}

	@Test
	void kubeletConfigMapsKeepTheirDataUnderEitherKubeadmName() {
		String cm = "{\"metadata\":{\"name\":\"%s\",\"namespace\":\"%s\"},\"data\":{\"kubelet\":\"cgroupDriver: systemd\"}}";
		ConfigMapFact current = project(FactKind.CONFIG_MAPS, cm.formatted("kubelet-config", "kube-system"));
		ConfigMapFact versioned = project(FactKind.CONFIG_MAPS, cm.formatted("kubelet-config-1.21", "kube-system"));
		ConfigMapFact lookalike = project(FactKind.CONFIG_MAPS, cm.formatted("kubelet-config-1.21-backup", "kube-system"));
		ConfigMapFact elsewhere = project(FactKind.CONFIG_MAPS, cm.formatted("kubelet-config-1.21", "shop"));
		assertThat(current.data()).containsEntry("kubelet", "cgroupDriver: systemd");
		assertThat(versioned.data()).containsEntry("kubelet", "cgroupDriver: systemd");
		assertThat(lookalike.data()).as("only the names kubeadm uses").isEmpty();
		assertThat(elsewhere.data()).as("only in kube-system").isEmpty();
	}

	@Test
	void secretsAreSizedNeverKept() {
		String json = "{\"metadata\":{\"name\":\"db\",\"namespace\":\"payments\"},\"type\":\"Opaque\","
				+ "\"data\":{\"password\":\"c3VwZXItc2VjcmV0LXBhc3N3b3Jk\"}}";
		var secret = project(FactKind.SECRETS, json);
		assertThat(secret.keys()).isEqualTo(1);
		assertThat(secret.sizeBytes()).isBetween(20L, 30L);
		assertThat(secret.toString()).doesNotContain("c3VwZXIt").doesNotContain("super-secret");
	}

	@Test
	void storageKindsProjectFromRealResponses() throws IOException {
		List<StorageClassFact> classes = items("storageclasses.json", FactKind.STORAGE_CLASSES);
		assertThat(classes).isNotEmpty().allSatisfy((c) -> assertThat(c.provisioner()).isNotEmpty());
		assertThat(classes.get(0).created()).isEqualTo(java.time.Instant.parse("2026-11-24T23:47:12Z"));
		List<CsiDriverFact> drivers = items("csidrivers.json", FactKind.CSI_DRIVERS);
		assertThat(drivers).isNotEmpty();
		List<PersistentVolumeClaimFact> claims = items("pvcs.json", FactKind.PERSISTENT_VOLUME_CLAIMS);
		assertThat(claims).isNotEmpty().allSatisfy((c) -> assertThat(c.requestedBytes()).isPositive());
		List<ServiceFact> services = items("services.json", FactKind.SERVICES);
		assertThat(services).anySatisfy((s) -> {
			assertThat(s.name()).isEqualTo("kubernetes");
			assertThat(s.ports()).anySatisfy((p) -> assertThat(p).contains("443/TCP"));
		});
	}

	@Test
	void volumeNodeAffinityKeepsItsTermsApart() {
		String json = """
				{"metadata":{"name":"local-pv"},"spec":{"capacity":{"storage":"10Gi"},"local":{"path":"/mnt/disk"},
				 "nodeAffinity":{"required":{"nodeSelectorTerms":[
				  {"matchExpressions":[{"key":"zone","operator":"In","values":["a","b"]},
				    {"key":"kubernetes.io/arch","operator":"In","values":["amd64"]}]},
				  {"matchFields":[{"key":"metadata.name","operator":"In","values":["n9"]}]}]}}},
				 "status":{"phase":"Available"}}""";
		PersistentVolumeFact pv = project(FactKind.PERSISTENT_VOLUMES, json);
		assertThat(pv.nodeAffinity()).containsExactly("zone In [a, b] && kubernetes.io/arch In [amd64]",
				"metadata.name In [n9]");
		assertThat(pv.inTreeType()).isEqualTo("local");
	}

	@Test
	void controlPlanePodsKeepTheirFlags() {
		String json = """
				{"metadata":{"name":"kube-apiserver-cp-1","namespace":"kube-system","labels":{"component":"kube-apiserver"}},
				 "spec":{"nodeName":"cp-1","containers":[{"name":"kube-apiserver","command":["kube-apiserver",
				 "--max-requests-inflight=800","--etcd-servers=https://127.0.0.1:2379","--allow-privileged"]}]},
				 "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}],
				 "containerStatuses":[{"restartCount":2},{"restartCount":1}]}}""";
		PodFact pod = project(FactKind.PODS, json);
		assertThat(pod.component()).isEqualTo("kube-apiserver");
		assertThat(pod.flags()).containsEntry("max-requests-inflight", "800")
			.containsEntry("etcd-servers", "https://127.0.0.1:2379")
			.containsEntry("allow-privileged", "true");
		assertThat(pod.ready()).isTrue();
		assertThat(pod.restarts()).isEqualTo(3);
	}

	@Test
	void podsKeepOnlyWhatTheVersionChecksNeed() {
		String json = """
				{"metadata":{"name":"web-1","namespace":"shop","annotations":{
				 "container.apparmor.security.beta.kubernetes.io/web":"runtime/default","kubectl.kubernetes.io/last-applied-configuration":"{}"}},
				 "spec":{"nodeName":"n1","initContainers":[{"name":"proxy","image":"envoy:1","restartPolicy":"Always"}],
				 "containers":[{"name":"web","image":"web:2"}]},"status":{"phase":"Running"}}""";
		PodFact pod = project(FactKind.PODS, json);
		assertThat(pod.appArmorAnnotations()).isTrue();
		assertThat(pod.sidecars()).isTrue();
		assertThat(pod.image()).as("images are kept for kube-system only").isEmpty();
		PodFact plain = project(FactKind.PODS, """
				{"metadata":{"name":"kube-scheduler-cp-1","namespace":"kube-system"},
				 "spec":{"containers":[{"name":"s","image":"registry.k8s.io/kube-scheduler:v1.30.6"}]}}""");
		assertThat(plain.appArmorAnnotations()).isFalse();
		assertThat(plain.sidecars()).isFalse();
		assertThat(plain.image()).isEqualTo("registry.k8s.io/kube-scheduler:v1.30.6");
	}

	@Test
	void networkPoliciesByNameAndServiceCidrsWithTheirRanges() {
		var policy = project(FactKind.NETWORK_POLICIES, """
				{"metadata":{"name":"deny-all","namespace":"shop"},"spec":{"podSelector":{},"policyTypes":["Ingress"]}}""");
		assertThat(policy.namespace()).isEqualTo("shop");
		assertThat(policy.name()).isEqualTo("deny-all");
		var cidr = project(FactKind.SERVICE_CIDRS, """
				{"apiVersion":"networking.k8s.io/v1beta1","kind":"ServiceCIDR","metadata":{"name":"kubernetes"},
				 "spec":{"cidrs":["10.96.0.0/12","fd00:10:96::/112"]},"status":{"conditions":[{"type":"Ready","status":"True"}]}}""");
		assertThat(cidr.name()).isEqualTo("kubernetes");
		assertThat(cidr.cidrs()).containsExactly("10.96.0.0/12", "fd00:10:96::/112");
	}

	@Test
	void waitingReasonExplainsAPod() {
		String json = """
				{"metadata":{"name":"api-1","namespace":"payments"},"spec":{"nodeName":"n1","containers":[{"name":"c"}]},
				 "status":{"phase":"Running","containerStatuses":[{"restartCount":37,
				 "state":{"waiting":{"reason":"CrashLoopBackOff","message":"back-off 5m0s"}}}]}}""";
		PodFact pod = project(FactKind.PODS, json);
		assertThat(pod.reason()).isEqualTo("CrashLoopBackOff");
		assertThat(pod.restarts()).isEqualTo(37);
	}

	@Test
	void malformedObjectSaysWhereAndWhat() {
		assertThatThrownBy(() -> project(FactKind.NODES, "{\"metadata\":{\"name\":\"n\",\"labels\":\"oops\"}}"))
			.isInstanceOf(ProjectionException.class)
			.hasMessageContaining("labels")
			.hasMessageContaining("a string");
		assertThatThrownBy(() -> project(FactKind.NODES, "{\"spec\":{}}")).isInstanceOf(ProjectionException.class)
			.hasMessageContaining("metadata");
	}

	static <T> T project(FactKind<T> kind, String json) {
		try (JsonParser p = JSON.createParser(json)) {
			p.nextToken();
			return Projections.of(kind).project(p, new Interner());
		}
	}

	private static <T> T single(String fixture, FactKind<T> kind) throws IOException {
		try (InputStream in = fixture(fixture); JsonParser p = JSON.createParser(in)) {
			p.nextToken();
			return Projections.of(kind).project(p, new Interner());
		}
	}

	/** Streams the items of a recorded list response, as the live source will. */
	private static <T> List<T> items(String fixture, FactKind<T> kind) throws IOException {
		List<T> items = new ArrayList<>();
		try (InputStream in = fixture(fixture); JsonParser p = JSON.createParser(in)) {
			p.nextToken();
			String name;
			while ((name = p.nextName()) != null) {
				p.nextToken();
				if (!"items".equals(name)) {
					p.skipChildren();
					continue;
				}
				while (p.nextToken() == JsonToken.START_OBJECT) {
					items.add(Projections.of(kind).project(p, new Interner()));
				}
			}
		}
		return items;
	}

	private static InputStream fixture(String name) {
		return ProjectionsTests.class.getResourceAsStream("/fixtures/real-apiserver-v1.28/" + name);
	}

}
