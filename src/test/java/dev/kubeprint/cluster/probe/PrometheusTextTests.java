package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.probe.PrometheusText.Sample;
import dev.kubeprint.cluster.probe.PrometheusText.Scrape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class PrometheusTextTests {

	static final String REAL_METRICS = "/fixtures/real-apiserver-v1.28/apiserver-metrics.txt";

	static final String REAL_ETCD_METRICS = "/fixtures/real-apiserver-v1.28/etcd-metrics.txt";

	@Test
	void readsOnlyTheAskedFamiliesOfARealApiServer() throws IOException {
		Scrape scrape = read(REAL_METRICS, Set.of("apiserver_current_inflight_requests", "apiserver_storage_objects",
				"apiserver_request_total", "apiserver_request_duration_seconds"));
		assertThat(scrape.truncated()).isFalse();
		assertThat(scrape.samples()).extracting(Sample::name)
			.containsOnly("apiserver_current_inflight_requests", "apiserver_storage_objects",
					"apiserver_request_total", "apiserver_request_duration_seconds_bucket",
					"apiserver_request_duration_seconds_sum", "apiserver_request_duration_seconds_count");
		assertThat(scrape.named("apiserver_current_inflight_requests"))
			.extracting((s) -> s.label("request_kind") + "=" + s.value())
			.containsExactly("mutating=1.0", "readOnly=1.0");
		assertThat(scrape.named("apiserver_storage_objects")).hasSize(47)
			.filteredOn((s) -> s.label("resource").equals("configmaps"))
			.singleElement()
			.extracting(Sample::value)
			.isEqualTo(7.0);
		assertThat(scrape.named("apiserver_request_total")).hasSize(62);
		assertThat(scrape.named("apiserver_request_duration_seconds_bucket")).hasSize(1440);
		assertThat(read(REAL_METRICS, Set.of("etcd_request_duration_seconds")).samples()).hasSize(2760 + 2 * 115);
	}

	@Test
	void readsARealHistogramSeriesWithItsBucketsSumAndCount() throws IOException {
		Scrape scrape = read(REAL_METRICS, Set.of("apiserver_request_duration_seconds"));
		List<Sample> nodesList = scrape.samples()
			.stream()
			.filter((s) -> s.label("resource").equals("nodes") && s.label("verb").equals("LIST"))
			.toList();
		TreeMap<Double, Double> buckets = new TreeMap<>();
		nodesList.stream()
			.filter((s) -> s.name().endsWith("_bucket"))
			.forEach((s) -> buckets.put(PrometheusText.number(s.label("le")), s.value()));
		assertThat(buckets).hasSize(24);
		assertThat(buckets.firstEntry()).isEqualTo(Map.entry(0.005, 2.0));
		assertThat(buckets.get(0.025)).isEqualTo(4.0);
		assertThat(buckets.lastEntry()).isEqualTo(Map.entry(Double.POSITIVE_INFINITY, 4.0));
		assertThat(nodesList).filteredOn((s) -> s.name().endsWith("_sum")).singleElement()
			.extracting(Sample::value).isEqualTo(0.023296151);
		assertThat(nodesList).filteredOn((s) -> s.name().endsWith("_count")).singleElement()
			.extracting(Sample::value).isEqualTo(4.0);
		// rank 0.99 × 4 = 3.96 falls in (0.005, 0.025] holding 4 − 2 = 2: 0.005 + 0.02 × (3.96 − 2) / 2
		assertThat(Histograms.quantile(0.99, buckets)).isCloseTo(0.0246, within(1e-12));
	}

	@Test
	void aFamilyWhoseNameIsAPrefixOfAnotherIsNotConfusedWithIt() throws IOException {
		assertThat(read(REAL_ETCD_METRICS, Set.of("etcd_server_has_leader")).samples()).extracting(Sample::name)
			.containsExactly("etcd_server_has_leader");
		assertThat(read(REAL_ETCD_METRICS, Set.of("etcd_mvcc_db_total_size_in_bytes")).samples())
			.extracting(Sample::name)
			.containsExactly("etcd_mvcc_db_total_size_in_bytes");
	}

	@Test
	void unescapesBackslashesQuotesAndNewlinesInLabelValues() {
		Sample sample = PrometheusText
			.sample("msg{path=\"C:\\\\tmp\",quote=\"say \\\"hi\\\"\",lines=\"a\\nb\",empty=\"\",} 3");
		assertThat(sample.labels()).containsExactly(Map.entry("path", "C:\\tmp"), Map.entry("quote", "say \"hi\""),
				Map.entry("lines", "a\nb"), Map.entry("empty", ""));
		assertThat(sample.label("absent")).isEmpty();
		assertThat(PrometheusText.sample("m{a=\"}{,=\"} 1").label("a")).isEqualTo("}{,=");
	}

	@Test
	void readsInfinitiesNanExponentsAndTimestamps() {
		assertThat(PrometheusText.sample("h_bucket{le=\"+Inf\"} +Inf").value()).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(PrometheusText.sample("g -Inf").value()).isEqualTo(Double.NEGATIVE_INFINITY);
		assertThat(PrometheusText.sample("g NaN").value()).isNaN();
		assertThat(PrometheusText.sample("g 1.5e-3").value()).isEqualTo(0.0015);
		Sample stamped = PrometheusText.sample("http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000");
		assertThat(stamped.value()).isEqualTo(1027.0);
		assertThat(stamped.timestamp()).isEqualTo(1395066363000L);
		assertThat(PrometheusText.sample("g 1").timestamp()).isNull();
		assertThat(PrometheusText.sample("  spaced {a = \"b\"}\t2   ").value()).isEqualTo(2.0);
		assertThat(PrometheusText.number("+Inf")).isInfinite();
	}

	@Test
	void readsEscapedLabelsAndSpecialValuesAmongCommentsOfAStream() throws IOException {
		String text = """
				# HELP m a metric
				# TYPE m gauge
				m{a="x\\"y",b="line\\nnext", c = "back\\\\slash",} 1.5e3 1700000000000
				m{le="+Inf"} +Inf
				m NaN
				m -Inf
				""";
		List<Sample> samples = PrometheusText.read(new StringReader(text), Set.of("m"), 10).samples();
		assertThat(samples.get(0).labels()).isEqualTo(Map.of("a", "x\"y", "b", "line\nnext", "c", "back\\slash"));
		assertThat(samples.get(0).value()).isEqualTo(1500.0);
		assertThat(samples.get(0).timestamp()).isEqualTo(1700000000000L);
		assertThat(samples.get(1).value()).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(samples.get(2).value()).isNaN();
		assertThat(samples.get(3).value()).isEqualTo(Double.NEGATIVE_INFINITY);
	}

	@Test
	void samplesWithoutHelpOrTypeAndOtherCommentsAreRead() throws IOException {
		String text = """
				# a free comment
				undocumented 1

				# HELP documented Some help with a \\\\ backslash
				# TYPE documented counter
				documented_total 2
				# TYPE h histogram
				h_bucket{le="0.1"} 1
				h_bucket{le="+Inf"} 2
				h_sum 0.3
				h_count 2
				h_created 1.7e9
				hx_bucket{le="1"} 9
				""";
		Scrape scrape = PrometheusText.read(new StringReader(text), Set.of("undocumented", "documented_total", "h"),
				100);
		assertThat(scrape.samples()).extracting(Sample::name)
			.containsExactly("undocumented", "documented_total", "h_bucket", "h_bucket", "h_sum", "h_count",
					"h_created");
	}

	@Test
	void stopsKeepingSamplesAtTheLimitAndSaysSo() throws IOException {
		Scrape scrape = PrometheusText.read(new StringReader("a 1\na 2\na 3\nb 4\n"), Set.of("a", "b"), 2);
		assertThat(scrape.samples()).extracting(Sample::value).containsExactly(1.0, 2.0);
		assertThat(scrape.truncated()).isTrue();
	}

	@Test
	void malformedLinesOfWantedFamiliesAreReportedWithTheirLineNumber() {
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.read(new StringReader("ok 1\nbad{a=\"x} 1\n"), Set.of("ok", "bad"), 10))
			.withMessage("line 2: label value not closed by '\"'");
		// comment lines count too
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.read(new StringReader("# ok\nm{a=\"1\" 2\n"), Set.of("m"), 10))
			.withMessageStartingWith("line 2: expected ',' or '}' after label a");
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.read(new StringReader("m one\n"), Set.of("m"), 10))
			.withMessage("line 1: not a number: \"one\"");
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.sample("m{a=\"\\t\"} 1"))
			.withMessageContaining("invalid escape \\t");
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.sample("m 1d"))
			.withMessage("not a number: \"1d\"");
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.sample("m 1 12.5"))
			.withMessageContaining("timestamp");
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.sample("m{a=\"b\" c=\"d\"} 1"))
			.withMessageContaining("expected ',' or '}'");
		assertThatExceptionOfType(PrometheusText.FormatException.class)
			.isThrownBy(() -> PrometheusText.sample("m"))
			.withMessage("no value after m");
	}

	@Test
	void malformedLinesOfOtherFamiliesDoNotStopTheRead() throws IOException {
		Scrape scrape = PrometheusText.read(new StringReader("junk{a=\"x} 1\nwanted 1\n"), Set.of("wanted"), 10);
		assertThat(scrape.samples()).extracting(Sample::name).containsExactly("wanted");
		assertThat(PrometheusText.read(new StringReader("other{{{ x\nwanted 1\n"), Set.of("wanted"), 10).samples())
			.hasSize(1);
	}

	static Scrape read(String resource, Set<String> families) throws IOException {
		try (Reader in = new InputStreamReader(PrometheusTextTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return PrometheusText.read(in, families, 100_000);
		}
	}

}
