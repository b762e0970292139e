package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.ChainView;
import dev.kubeprint.storage.StorageView.LinkView;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.reference.StorageBackends;

import static dev.kubeprint.storage.StorageYaml.DRIVER;
import static dev.kubeprint.storage.StorageYaml.attachment;
import static dev.kubeprint.storage.StorageYaml.csiDriver;
import static dev.kubeprint.storage.StorageYaml.csiNode;
import static dev.kubeprint.storage.StorageYaml.inTreePv;
import static dev.kubeprint.storage.StorageYaml.node;
import static dev.kubeprint.storage.StorageYaml.pod;
import static dev.kubeprint.storage.StorageYaml.pv;
import static dev.kubeprint.storage.StorageYaml.pvc;
import static dev.kubeprint.storage.StorageYaml.storageClass;
import static org.assertj.core.api.Assertions.assertThat;

/** One fixture per broken-link kind, and a healthy chain that has none. */
class StorageAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final String CLAIM = "app/data-db-0";

	private final StorageAnalyzer analyzer = new StorageAnalyzer(StorageBackends.load());

	/** A claim bound to an EBS gp3 volume, mounted by a ready pod on n1 where the driver is registered. */
	static List<String> healthy() {
		return new ArrayList<>(List.of(node("n1", "z1"), node("n2", "z2"),
				storageClass("gp3", DRIVER, "WaitForFirstConsumer", true, true), csiDriver(DRIVER, true),
				csiNode("n1", DRIVER), csiNode("n2", DRIVER),
				pvc("app", "data-db-0", "gp3", "20Gi", "Bound", "pv-1", "20Gi"),
				pv("pv-1", "Bound", "20Gi", "gp3", CLAIM, "z1"), pod("app", "db-0", "n1", "data-db-0", true),
				attachment("csi-1", "n1", "pv-1", true, "", "")));
	}

	private StorageView analyze(List<String> docs) {
		return analyzer.analyze(TestFacts.yaml(docs.toArray(String[]::new)).build(), EN);
	}

	private static List<String> with(List<String> docs, String... more) {
		docs.addAll(Arrays.asList(more));
		return docs;
	}

	private static List<String> replacing(List<String> docs, String prefix, String replacement) {
		docs.removeIf((d) -> d.contains(prefix));
		docs.add(replacement);
		return docs;
	}

	@Test
	void aHealthyChainHasEveryLinkGreenAndItsBackendInWords() {
		StorageView view = analyze(healthy());
		assertThat(view.broken()).isEmpty();
		assertThat(view.unavailable()).isEmpty();
		ChainView chain = chain(view, CLAIM);
		assertThat(chain.health()).isEqualTo(Health.HEALTHY);
		assertThat(chain.links()).extracting(LinkView::kind)
			.containsExactly("pods", "pvc", "pv", "storageclass", "csidriver", "csinode", "volumeattachment",
					"backend");
		assertThat(chain.links()).allSatisfy((l) -> assertThat(l.health()).isEqualTo(Health.HEALTHY));
		assertThat(link(chain, "pods").details()).containsExactly("db-0 @ n1");
		assertThat(link(chain, "pvc").details()).contains("Bound", "requested 20 GiB · actual 20 GiB",
				"ReadWriteOnce · Filesystem");
		assertThat(link(chain, "pv").details()).contains("Bound · reclaim Retain", "CSI ebs.csi.aws.com · handle vol-pv-1",
				"type=gp3", "node affinity: topology.ebs.csi.aws.com/zone In [z1]")
			.noneMatch((d) -> d.contains("csiProvisionerIdentity"));
		assertThat(link(chain, "storageclass").details()).contains("reclaim Delete · WaitForFirstConsumer",
				"volume expansion allowed", "default class");
		assertThat(link(chain, "csidriver").details()).containsExactly("attachRequired: true", "fsGroupPolicy: File",
				"podInfoOnMount: false");
		assertThat(link(chain, "csinode").details()).containsExactly("n1: registered, limit 25 volumes");
		assertThat(link(chain, "volumeattachment").details()).containsExactly("n1: attached");
		assertThat(link(chain, "backend").name()).isEqualTo("AWS EBS gp3");
		var gp3 = view.summary().classes().get(0);
		assertThat(gp3.name()).isEqualTo("gp3");
		assertThat(gp3.claims()).isEqualTo(1);
		assertThat(gp3.bound()).isEqualTo(1);
		assertThat(gp3.requested()).isEqualTo("20 GiB");
		assertThat(gp3.provisioned()).isEqualTo("20 GiB");
		assertThat(gp3.backend()).isEqualTo("AWS EBS gp3");
		var driver = view.summary().drivers().get(0);
		assertThat(driver.registeredNodes()).isEqualTo(2);
		assertThat(driver.consumingNodes()).isEqualTo(1);
		assertThat(driver.missingOn()).isEmpty();
		assertThat(driver.health()).isEqualTo(Health.HEALTHY);
	}

	@Test
	void aPendingClaimThatAsksForNoClassAndHasNoVolume() {
		List<String> docs = healthy();
		docs.removeIf((d) -> d.contains("pv-1"));
		StorageView view = analyze(replacing(docs, "name: data-db-0, namespace",
				pvc("app", "data-db-0", "", "20Gi", "Pending", "", "")));
		BrokenLinkView broken = only(view, "pvc-pending-no-class");
		assertThat(broken.health()).isEqualTo(Health.DOWN);
		assertThat(broken.reason()).contains("asks for no StorageClass");
		assertThat(broken.command()).isEqualTo("kubectl -n app describe pvc data-db-0");
		assertThat(broken.chain()).isEqualTo(CLAIM);
	}

	@Test
	void aPendingClaimThatNamesNoClassWhereThereIsNoDefault() {
		List<String> docs = replacing(healthy(), "kind: StorageClass",
				storageClass("gp3", DRIVER, "WaitForFirstConsumer", false, true));
		StorageView view = analyze(replacing(docs, "name: data-db-0, namespace",
				pvc("other", "scratch", null, "5Gi", "Pending", "", "")));
		assertThat(only(view, "pvc-pending-no-class").reason())
			.isEqualTo("Pending: names no StorageClass and the cluster has no default class");
		assertThat(only(view, "default-class-none").command()).isEqualTo("kubectl get storageclass");
	}

	@Test
	void aPendingClaimWhoseClassDoesNotExist() {
		StorageView view = analyze(with(healthy(), pvc("batch", "report-scratch", "fast-ssd", "100Gi", "Pending", "", "")));
		BrokenLinkView broken = only(view, "pvc-pending-missing-class");
		assertThat(broken.reason()).isEqualTo("Pending: StorageClass fast-ssd does not exist, so nothing provisions a volume");
		assertThat(broken.command()).isEqualTo("kubectl -n batch describe pvc report-scratch");
		ChainView chain = chain(view, "batch/report-scratch");
		assertThat(link(chain, "storageclass").health()).isEqualTo(Health.DOWN);
		assertThat(link(chain, "storageclass").reason()).isEqualTo("StorageClass fast-ssd referenced by the PVC is missing from the data");
		assertThat(view.chains().get(0).id()).as("broken chains first").isEqualTo("batch/report-scratch");
		assertThat(view.summary().classes()).anySatisfy((c) -> {
			assertThat(c.name()).isEqualTo("fast-ssd");
			assertThat(c.exists()).isFalse();
			assertThat(c.pending()).isEqualTo(1);
			assertThat(c.health()).isEqualTo(Health.DOWN);
		});
	}

	@Test
	void aWaitForFirstConsumerClaimThatNoPodMountsYet() {
		StorageView view = analyze(with(healthy(), pvc("app", "unused", "gp3", "1Gi", "Pending", "", "")));
		BrokenLinkView broken = only(view, "pvc-waiting-for-consumer");
		assertThat(broken.health()).isEqualTo(Health.DEGRADED);
		assertThat(broken.reason()).contains("waits for the first consumer");
		assertThat(link(chain(view, "app/unused"), "backend").reason()).isEqualTo("AWS EBS gp3, once provisioned");
	}

	@Test
	void aPendingClaimWhoseClassHasNoProvisioner() {
		StorageView view = analyze(with(healthy(),
				storageClass("local", StorageAnalyzer.NO_PROVISIONER, "WaitForFirstConsumer", false, false),
				pvc("app", "local-data", "local", "100Gi", "Pending", "", ""), pod("app", "cache-0", "n2", "local-data", false)));
		BrokenLinkView broken = only(view, "pvc-pending-no-provisioner");
		assertThat(broken.reason()).contains("StorageClass local has no provisioner");
		assertThat(view.broken()).extracting(BrokenLinkView::kind).doesNotContain("provisioner-no-driver");
	}

	@Test
	void aProvisionerWithNoCsiDriverObjectAndNoInTreePlugin() {
		StorageView view = analyze(with(healthy(), storageClass("fancy", "csi.fancy.example.com", "Immediate", false, true)));
		BrokenLinkView broken = only(view, "provisioner-no-driver");
		assertThat(broken.object()).isEqualTo("storageclass fancy");
		assertThat(broken.reason()).contains("csi.fancy.example.com has no CSIDriver object and no in-tree plugin");
		assertThat(broken.command()).isEqualTo("kubectl get csidriver");
		assertThat(view.summary().drivers()).anySatisfy((d) -> {
			assertThat(d.name()).isEqualTo("csi.fancy.example.com");
			assertThat(d.objectPresent()).isFalse();
			assertThat(d.health()).isEqualTo(Health.DEGRADED);
		});
	}

	@Test
	void anInTreeProvisionerNeedsNoCsiDriverAndItsVolumeIsNotCalledMigratedWithoutACsiNodeSayingSo() {
		StorageView view = analyze(with(healthy(), storageClass("old", "kubernetes.io/aws-ebs", "Immediate", false, false),
				pvc("legacy", "data", "", "8Gi", "Bound", "pv-legacy", "8Gi"), inTreePv("pv-legacy", "legacy/data")));
		assertThat(view.broken()).isEmpty();
		ChainView chain = chain(view, "legacy/data");
		String words = "in-tree awsElasticBlockStore, served in-tree: none of the 2 CSINodes lists kubernetes.io/aws-ebs"
				+ " in storage.alpha.kubernetes.io/migrated-plugins";
		assertThat(link(chain, "csidriver").name()).isEqualTo("awsElasticBlockStore");
		assertThat(link(chain, "csidriver").reason()).isEqualTo(words);
		assertThat(link(chain, "pv").details()).contains(words);
	}

	@Test
	void aLostClaimWhoseVolumeIsGone() {
		List<String> docs = healthy();
		docs.removeIf((d) -> d.contains("pv-1"));
		StorageView view = analyze(replacing(docs, "name: data-db-0, namespace",
				pvc("app", "data-db-0", "gp3", "20Gi", "Lost", "pv-1", "")));
		assertThat(only(view, "pvc-lost").reason()).isEqualTo("Lost: its PersistentVolume pv-1 is gone; the data may be lost");
		LinkView pv = link(chain(view, CLAIM), "pv");
		assertThat(pv.health()).isEqualTo(Health.DOWN);
		assertThat(pv.reason()).isEqualTo("The claim is bound to PersistentVolume pv-1, which does not exist");
	}

	@Test
	void severalDefaultClasses() {
		StorageView view = analyze(with(healthy(), storageClass("gp2", DRIVER, "Immediate", true, false,
				"2026-06-01T00:00:00Z"), pvc("app", "no-class", null, "1Gi", "Pending", "", "")));
		BrokenLinkView broken = only(view, "default-class-several");
		assertThat(broken.reason()).isEqualTo("2 default StorageClasses (gp2, gp3): a claim without a class gets the "
				+ "newest, gp2, which is rarely what was meant");
		assertThat(link(chain(view, "app/no-class"), "storageclass").name()).isEqualTo("gp2");
	}

	@Test
	void aReleasedVolumeAndAFailedOne() {
		StorageView view = analyze(with(healthy(), pv("pv-old", "Released", "200Gi", "gp3", "data/data-postgres-old", "z1"),
				pv("pv-bad", "Failed", "10Gi", "gp3", "data/gone", "z1")));
		BrokenLinkView released = only(view, "pv-released");
		assertThat(released.health()).isEqualTo(Health.DEGRADED);
		assertThat(released.object()).isEqualTo("pv pv-old");
		assertThat(released.reason()).contains("its claim data/data-postgres-old was deleted", "reclaim policy Retain");
		assertThat(released.command()).isEqualTo("kubectl describe pv pv-old");
		BrokenLinkView failed = only(view, "pv-failed");
		assertThat(failed.health()).isEqualTo(Health.DOWN);
		assertThat(failed.reason()).contains("error deleting EBS volume: VolumeInUse");
	}

	@Test
	void anAttachErrorAndADetachError() {
		List<String> docs = replacing(healthy(), "kind: VolumeAttachment",
				attachment("csi-1", "n1", "pv-1", false, "rpc error: code = Internal desc = volume limit reached", ""));
		docs.add(attachment("csi-2", "n2", "pv-1", true, "", "rpc error: device busy"));
		StorageView view = analyze(docs);
		BrokenLinkView attach = only(view, "attach-error");
		assertThat(attach.health()).isEqualTo(Health.DOWN);
		assertThat(attach.reason()).isEqualTo("Attach to n1 failed: rpc error: code = Internal desc = volume limit reached");
		assertThat(attach.command()).isEqualTo("kubectl describe volumeattachment csi-1");
		assertThat(attach.chain()).isEqualTo(CLAIM);
		assertThat(only(view, "detach-error").reason()).isEqualTo("Detach from n2 failed: rpc error: device busy");
		LinkView link = link(chain(view, CLAIM), "volumeattachment");
		assertThat(link.health()).isEqualTo(Health.DOWN);
		assertThat(link.details()).containsExactly("n1: attach failed", "n2: detach failed");
	}

	@Test
	void theDriverIsMissingOnTheNodeOfAConsumingPod() {
		StorageView view = analyze(replacing(healthy(), "name: n1}\nspec:\n  drivers", csiNode("n1", "nas.example.com")));
		BrokenLinkView broken = only(view, "driver-missing-on-node");
		assertThat(broken.health()).isEqualTo(Health.DOWN);
		assertThat(broken.object()).isEqualTo("csinode n1");
		assertThat(broken.reason()).isEqualTo("Driver ebs.csi.aws.com is not registered on node n1 (its CSINode lists: "
				+ "nas.example.com), where pod app/db-0 runs: the volume cannot be attached or mounted there");
		assertThat(broken.command()).isEqualTo("kubectl get csinode n1 -o yaml");
		LinkView csiNode = link(chain(view, CLAIM), "csinode");
		assertThat(csiNode.health()).isEqualTo(Health.DOWN);
		assertThat(csiNode.details()).containsExactly("n1: not registered");
		var driver = view.summary().drivers().stream().filter((d) -> d.name().equals(DRIVER)).findFirst().orElseThrow();
		assertThat(driver.registeredNodes()).isEqualTo(1);
		assertThat(driver.missingOn()).containsExactly("n1");
		assertThat(driver.health()).isEqualTo(Health.DOWN);
	}

	@Test
	void aResizeIsPendingWhileTheClaimHasLessThanItRequests() {
		StorageView view = analyze(replacing(healthy(), "name: data-db-0, namespace",
				pvc("app", "data-db-0", "gp3", "30Gi", "Bound", "pv-1", "20Gi", "FileSystemResizePending")));
		BrokenLinkView broken = only(view, "resize-pending");
		assertThat(broken.health()).isEqualTo(Health.DEGRADED);
		assertThat(broken.reason()).startsWith("Resize pending: requests 30 GiB but has 20 GiB; the disk is resized");
		assertThat(link(chain(view, CLAIM), "pvc").details()).contains("requested 30 GiB · actual 20 GiB");
	}

	@Test
	void theVolumeNodeAffinityExcludesTheNodeOfThePod() {
		StorageView view = analyze(replacing(healthy(), "name: db-0, namespace", pod("app", "db-0", "n2", "data-db-0", false)));
		BrokenLinkView broken = only(view, "node-affinity-excludes");
		assertThat(broken.health()).isEqualTo(Health.DOWN);
		assertThat(broken.reason()).isEqualTo("PersistentVolume pv-1 may only be used on nodes with "
				+ "topology.ebs.csi.aws.com/zone In [z1]; pod app/db-0 runs on n2, which does not match");
		assertThat(link(chain(view, CLAIM), "pv").health()).isEqualTo(Health.DOWN);
	}

	@Test
	void forbiddenCsiNodesSayWhichAndWhyAndTheRestStillShows() {
		StorageView view = analyzer.analyze(TestFacts.yaml(healthy().toArray(String[]::new))
			.unavailable(FactKind.CSI_NODES,
					Availability.forbidden("list", "csinodes.storage.k8s.io", "list csinodes is forbidden"))
			.build(), EN);
		assertThat(view.unavailable()).containsExactly(
				"csinodes.storage.k8s.io: forbidden (list csinodes is forbidden)");
		ChainView chain = chain(view, CLAIM);
		assertThat(link(chain, "csinode").health()).isEqualTo(Health.UNKNOWN);
		assertThat(link(chain, "csinode").reason()).contains("list csinodes is forbidden");
		assertThat(link(chain, "pv").health()).isEqualTo(Health.HEALTHY);
		assertThat(link(chain, "backend").name()).isEqualTo("AWS EBS gp3");
		assertThat(view.summary().health()).isEqualTo(Health.UNKNOWN);
		assertThat(view.summary().drivers().get(0).health()).isEqualTo(Health.UNKNOWN);
	}

	@Test
	void forbiddenClaimsSayWhyThereAreNoChainsAndVolumesAreStillChecked() {
		StorageView view = analyzer.analyze(TestFacts.yaml(with(healthy(),
				pv("pv-old", "Released", "1Gi", "gp3", "app/gone", "z1")).toArray(String[]::new))
			.unavailable(FactKind.PERSISTENT_VOLUME_CLAIMS,
					Availability.forbidden("list", "persistentvolumeclaims", "list persistentvolumeclaims is forbidden"))
			.build(), EN);
		assertThat(view.chains()).isEmpty();
		assertThat(view.page(1).unavailable()).isEqualTo(
				"persistentvolumeclaims: forbidden (list persistentvolumeclaims is forbidden)");
		assertThat(view.summary().claims()).isEqualTo(-1);
		assertThat(only(view, "pv-released").object()).isEqualTo("pv pv-old");
		assertThat(analyze(healthy()).page(1).unavailable()).isEmpty();
	}

	@Test
	void aClaimMountedByManyPodsListsAFewAndCountsTheRest() {
		List<String> docs = healthy();
		for (int i = 0; i < 30; i++) {
			docs.add(pod("app", "reader-" + i, "n1", "data-db-0", true));
		}
		LinkView pods = link(chain(analyze(docs), CLAIM), "pods");
		assertThat(pods.name()).isEqualTo("31 pods");
		assertThat(pods.details()).hasSize(StorageAnalyzer.LISTED + 1).last().isEqualTo("… and 23 more");
		assertThat(pods.reason()).isEqualTo("All 31 consuming pods are ready");
	}

	@Test
	void thousandsOfClaimsArePagedWithTheBrokenFirst() {
		List<String> docs = healthy();
		for (int i = 0; i < 120; i++) {
			docs.add(pvc("bulk", "claim-%03d".formatted(i), "gp3", "1Gi", "Bound", "", "1Gi"));
		}
		docs.add(pvc("zz", "missing", "nope", "1Gi", "Pending", "", ""));
		StorageView view = analyze(docs);
		StorageView.ChainPage first = view.page(1);
		assertThat(first.total()).isEqualTo(122);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.chains()).hasSize(StorageView.PAGE_SIZE);
		assertThat(first.chains().get(0).id()).isEqualTo("zz/missing");
		assertThat(view.page(3).chains()).hasSize(22);
		assertThat(view.page(99).page()).isEqualTo(3);
		assertThat(view.page(-1).page()).isEqualTo(1);
		assertThat(view.json(2).chains().chains().get(0).id()).isEqualTo(view.chains().get(50).id());
	}

	@Test
	void reasonsComeInChinese() {
		StorageView view = analyzer.analyze(TestFacts.yaml(with(healthy(),
				pvc("batch", "report-scratch", "fast-ssd", "100Gi", "Pending", "", "")).toArray(String[]::new)).build(),
				Texts.of(Locale.SIMPLIFIED_CHINESE));
		assertThat(only(view, "pvc-pending-missing-class").reason()).isEqualTo(
				"等待中：StorageClass fast-ssd 不存在，没有任何组件会为它供应存储卷");
		assertThat(link(chain(view, CLAIM), "pvc").title()).isEqualTo("PersistentVolumeClaim");
		assertThat(link(chain(view, CLAIM), "backend").title()).isEqualTo("后端");
	}

	static BrokenLinkView only(StorageView view, String kind) {
		List<BrokenLinkView> found = view.broken().stream().filter((b) -> b.kind().equals(kind)).toList();
		assertThat(found).as("broken links of kind %s in %s", kind, view.broken()).hasSize(1);
		return found.get(0);
	}

	static ChainView chain(StorageView view, String id) {
		return view.chains().stream().filter((c) -> c.id().equals(id)).findFirst().orElseThrow();
	}

	static LinkView link(ChainView chain, String kind) {
		return chain.links().stream().filter((l) -> l.kind().equals(kind)).findFirst().orElseThrow();
	}

}
