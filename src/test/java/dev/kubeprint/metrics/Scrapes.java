package dev.kubeprint.metrics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.cluster.probe.PrometheusText;
import dev.kubeprint.cluster.probe.PrometheusText.Sample;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /actuator/prometheus as Prometheus reads it: text parsed back into samples. */
final class Scrapes {

	private Scrapes() {
	}

	static String text(MockMvc mvc) {
		try {
			return mvc.perform(get("/actuator/prometheus"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every sample of Kubeprint's own families, for one cluster. */
	static List<Sample> of(MockMvc mvc, String cluster) {
		Set<String> families = new HashSet<>();
		Arrays.stream(Family.values()).forEach((f) -> families.add(f.metricName()));
		try {
			return PrometheusText.read(new StringReader(text(mvc)), families, 100_000)
				.samples()
				.stream()
				.filter((s) -> s.label("cluster").equals(cluster))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Sample> named(List<Sample> samples, Family family) {
		return samples.stream().filter((s) -> s.name().equals(family.metricName())).toList();
	}

}
