package dev.kubeprint.scale;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.probe.HttpAnswer;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects per resource come from the API server's own count when its /metrics can be read. */
class ScaleObjectsTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final ScaleAnalyzer analyzer = new ScaleAnalyzer(ReferenceCatalog.load());

	@Test
	void storedObjectsOfEveryResourceTypeComeFromApiserverStorageObjects() {
		ApiServerFacts probed = new ApiServerProbe((path) -> path.startsWith("/metrics")
				? new HttpAnswer(200, fixture("apiserver-metrics.txt")) : new HttpAnswer(200, "ok"), Clock.systemUTC())
			.poll();
		ClusterFacts base = TestFacts.demo();
		ClusterFacts facts = base.withProbes(ProbeFacts.none("", ProbeFacts.NO_ETCD).withApiServer(probed), 2);
		ScaleView view = analyzer.analyze(facts, EN);
		assertThat(view.objectsNote()).startsWith("From the API server metric apiserver_storage_objects");
		assertThat(view.objects()).anySatisfy((o) -> {
			assertThat(o.resource()).isEqualTo("clusterrolebindings.rbac.authorization.k8s.io");
			assertThat(o.count()).isEqualTo(43);
		});
	}

	@Test
	void withoutMetricsTheListedObjectsAreCountedAndItSaysSo() {
		// The demo captured /metrics; without it the objects are counted
		ClusterFacts demo = TestFacts.demo();
		ScaleView view = analyzer.analyze(demo.withProbes(ProbeFacts.none("", ProbeFacts.NO_ETCD), 2), EN);
		assertThat(view.objectsNote()).startsWith("Counted from the objects Kubeprint lists");
		assertThat(view.objects()).anySatisfy((o) -> {
			assertThat(o.resource()).isEqualTo("pods");
			assertThat(o.count()).isEqualTo(201);
		});
	}

	private static String fixture(String name) {
		try (InputStream in = ScaleObjectsTests.class.getResourceAsStream("/fixtures/real-apiserver-v1.28/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
