package dev.kubeprint.reference;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.reference.LocalizedText;
import dev.kubeprint.reference.StorageBackends.InTreePlugin;
import dev.kubeprint.reference.StorageBackends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The backend in words comes from the data file, most specific entry first. */
class StorageBackendsTests {

	private final StorageBackends backends = StorageBackends.load();

	@Test
	void namesTheBackendFromProvisionerAndParameters() {
		assertThat(en("diskplugin.csi.alibabacloud.com", Map.of("type", "cloud_essd", "performanceLevel", "PL1")))
			.isEqualTo("Alibaba Cloud ESSD PL1");
		assertThat(en("diskplugin.csi.alibabacloud.com", Map.of("type", "cloud_essd"))).isEqualTo(
				"Alibaba Cloud ESSD (PL1 by default)");
		assertThat(en("nasplugin.csi.alibabacloud.com", Map.of())).isEqualTo("NAS (Alibaba Cloud)");
		assertThat(en("ossplugin.csi.alibabacloud.com", Map.of())).startsWith("OSS");
		assertThat(en("ebs.csi.aws.com", Map.of("type", "gp3"))).isEqualTo("AWS EBS gp3");
		assertThat(en("ebs.csi.aws.com", Map.of("type", "io2"))).isEqualTo("AWS EBS io2");
		assertThat(backends.describe("diskplugin.csi.alibabacloud.com", Map.of("type", "cloud_essd", "performanceLevel", "PL2"))
			.map((t) -> t.in(Locale.SIMPLIFIED_CHINESE))).contains("阿里云 ESSD PL2 云盘");
		assertThat(backends.describe("csi.nobody.example.com", Map.of())).isEmpty();
		assertThat(backends.describeVolumeType("nfs").map(LocalizedText::en)).contains("NFS");
	}

	@Test
	void knowsTheInTreePluginsAndWhatBecameOfThem() {
		assertThat(backends.inTreeProvisioner("kubernetes.io/aws-ebs").map(InTreePlugin::status))
			.contains(InTreePlugin.Status.MIGRATED);
		assertThat(backends.inTreeVolumeType("glusterfs").map(InTreePlugin::status)).contains(InTreePlugin.Status.REMOVED);
		assertThat(backends.inTreeProvisioner("ebs.csi.aws.com")).isEmpty();
	}

	@Test
	void aMisspeltKeyFailsNamingTheFile() {
		String yaml = "backends:\n  - {provisioner: x, mtach: {type: gp3}, name: {en: X, zh: X}}\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> StorageBackends.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("reference/storage-backends.yaml")
			.withMessageContaining("mtach");
	}

	private String en(String provisioner, Map<String, String> parameters) {
		return backends.describe(provisioner, parameters).map(LocalizedText::en).orElse(null);
	}

}
