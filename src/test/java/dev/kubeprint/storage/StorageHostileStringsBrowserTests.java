package dev.kubeprint.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.ChromiumExtension;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim's name, a volume's attributes and an attacher's error are anyone's text: on the storage page they
 * are shown as text and never run, also after htmx has swapped the panels in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No other class shares this context (its clusters are its own): closing it stops its sources rather than
// leaving them running through the rest of the suite.
@DirtiesContext
class StorageHostileStringsBrowserTests {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1200);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path hostile = Files.createTempDirectory("kubeprint-storage-hostile");
		Files.writeString(hostile.resolve("objects.json"), """
				{"apiVersion":"v1","kind":"List","items":[
				 {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":%1$s,"namespace":"app"},
				  "spec":{"storageClassName":%2$s,"volumeName":"pv-x","resources":{"requests":{"storage":"1Gi"}}},
				  "status":{"phase":"Pending"}},
				 {"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv-x"},
				  "spec":{"capacity":{"storage":"1Gi"},"claimRef":{"namespace":"app","name":%1$s},
				   "csi":{"driver":%2$s,"volumeHandle":%1$s,"volumeAttributes":{"note":%2$s}}},
				  "status":{"phase":"Released"}},
				 {"apiVersion":"storage.k8s.io/v1","kind":"VolumeAttachment","metadata":{"name":"va-x"},
				  "spec":{"attacher":"x","nodeName":%1$s,"source":{"persistentVolumeName":"pv-x"}},
				  "status":{"attached":false,"attachError":{"message":%2$s}}}
				]}""".formatted(json(SCRIPT), json(IMG)));
		registry.add("kubeprint.clusters[0].name", () -> "hostile");
		registry.add("kubeprint.clusters[0].snapshot", hostile::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@Test
	void hostileNamesAndErrorsAreShownAsTextAndNothingRuns(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/hostile/storage");
		assertNothingRanAfterRefreshes(browser, 4);
		String text = browser.findElement(By.tagName("body")).getText();
		assertThat(text).contains(SCRIPT).contains("onerror=");
	}

}
