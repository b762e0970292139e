package dev.kubeprint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.kubeprint.KubeprintApplication;
import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.DemoCopy;

/**
 * Whether a wall left open stays flat. The app watches a copy of the demo whose pods the benchmark rewrites every
 * few seconds (read again every second) beside the demo itself; Chromium shows /wall rotating through both
 * clusters' overview and alerts. Every minute the browser collects garbage (CDP HeapProfiler.collectGarbage) and
 * reports its JS heap, DOM nodes, event listeners and documents (Performance.getMetrics). Prints the series and
 * the least-squares slope of each, as a share of the first minute's value over the whole run. Figures, never
 * assertions: {@code SE_OFFLINE=true ./mvnw -Pbench-wall verify -Dbench.minutes=30 -Dbench.warmupMinutes=5}.
 */
public final class WallBenchmark {

	private static final String[] METRICS = { "JSHeapUsedSize", "Nodes", "JSEventListeners", "Documents" };

	private WallBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		Duration sample = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
		// Four screens: a rotation takes one sample interval, so that each sample is taken on the same screen.
		Duration rotate = sample.dividedBy(4);
		Path lab = DemoCopy.into(Files.createTempDirectory("kubeprint-wall-bench"));
		AtomicInteger round = new AtomicInteger();
		churn(lab, round.get());
		ConfigurableApplicationContext app = app(lab, args.length > 2 ? args[2] : "2s", rotate);
		ScheduledExecutorService churner = Executors.newSingleThreadScheduledExecutor();
		// -Dbench.chromium=--js-flags=--jitless: V8 without compiled code, to tell its warm-up from what the page keeps.
		String extra = System.getProperty("bench.chromium", "");
		ChromeDriver browser = extra.isBlank() ? Chromium.start(1920, 1080) : Chromium.start(1920, 1080, extra.split(" "));
		try {
			churner.scheduleAtFixedRate(() -> churn(lab, round.incrementAndGet()), 3, 3, TimeUnit.SECONDS);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			browser.get("http://localhost:" + port + "/wall");
			browser.executeCdpCommand("Performance.enable", Map.of());
			browser.executeCdpCommand("HeapProfiler.enable", Map.of());
			// The wall running unobserved first: V8 compiles the code it runs often, and Chromium buffers its first
			// 150 layout-shift entries; both level off, neither is something the page keeps.
			Thread.sleep(Duration.ofMinutes(warmup).toMillis());
			List<double[]> series = new ArrayList<>();
			List<Double> times = new ArrayList<>();
			System.out.println("minute  JSHeapUsedSize(KiB)  Nodes  JSEventListeners  Documents  churnRound");
			long start = System.nanoTime();
			for (int minute = 0; minute <= minutes; minute++) {
				if (minute > 0) {
					Thread.sleep(sample.minus(rotate).toMillis());
				}
				// The wall's first screen, just swapped in: the same DOM each time, so only what is kept differs.
				firstScreen(browser, rotate);
				browser.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
				double[] row = metrics(browser);
				series.add(row);
				double at = (System.nanoTime() - start) / 60e9;
				times.add(at);
				System.out.printf(Locale.ROOT, "%6.1f  %19.0f  %5.0f  %16.0f  %9.0f  %10d%n", at, row[0] / 1024, row[1],
						row[2], row[3], round.get());
			}
			report(series, times);
		}
		finally {
			churner.shutdownNow();
			browser.quit();
			app.close();
		}
	}

	/** The app watching the copy of the demo as lab (read again every second) and the demo itself. */
	static ConfigurableApplicationContext app(Path lab, String refresh, Duration rotate) {
		return new SpringApplicationBuilder(KubeprintApplication.class).run("--server.port=0",
				"--kubeprint.clusters[0].name=lab", "--kubeprint.clusters[0].snapshot=" + lab,
				"--kubeprint.clusters[1].demo=true", "--kubeprint.snapshot-reload=1s",
				"--kubeprint.ui.refresh-interval=" + refresh, "--kubeprint.web.wall.rotate-every=" + rotate.toMillis() + "ms");
	}

	/**
	 * Waits in the page, with one script call, for the first screen to be swapped in. Not by polling from here: every
	 * executeScript leaves 64 bytes in the page's JS heap for good (measured on a blank page: 300 calls, +19,200
	 * bytes after garbage collection, each time), and polling every 500 ms for up to a rotation made about 30 calls a
	 * minute, 1.9 KiB/min of the driver's in the wall's figure. Nor as a WebElement: the driver keeps every element
	 * it handed out, which would keep each old screen alive.
	 */
	static void firstScreen(ChromeDriver browser, Duration rotate) {
		browser.manage().timeouts().scriptTimeout(rotate.multipliedBy(5));
		browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ " (function check() { var s = document.getElementById('wall-screen');"
				+ " if (s && s.getAttribute('data-screen') === '0') done(true); else setTimeout(check, 100); })();");
	}

	/** Pods come and go and change phase every round, so panels, alerts and findings change with them. */
	static void churn(Path lab, int round) {
		StringBuilder items = new StringBuilder();
		int count = 20 + (round % 7) * 5;
		for (int i = 0; i < count; i++) {
			String phase = (i + round) % 3 == 0 ? "Pending" : "Running";
			items.append(i == 0 ? "" : ",").append("""
					{"apiVersion":"v1","kind":"Pod","metadata":{"name":"churn-%d-%d","namespace":"churn","creationTimestamp":"2026-11-20T07:00:00Z"},
					 "spec":{"nodeName":"general-1","containers":[{"name":"c","image":"busybox"}]},
					 "status":{"phase":"%s","conditions":[{"type":"Ready","status":"%s"}]}}""".formatted(round % 11, i, phase,
					"Running".equals(phase) ? "True" : "False"));
		}
		try {
			Path temp = Files.createTempFile(lab, ".churn", ".tmp");
			Files.writeString(temp, "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[" + items + "]}");
			Files.move(temp, lab.resolve("churn-pods.json"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			System.err.println("churn failed: " + ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static double[] metrics(ChromeDriver browser) {
		Map<String, Object> answer = browser.executeCdpCommand("Performance.getMetrics", Map.of());
		List<Map<String, Object>> metrics = (List<Map<String, Object>>) answer.get("metrics");
		double[] row = new double[METRICS.length];
		for (Map<String, Object> metric : metrics) {
			for (int i = 0; i < METRICS.length; i++) {
				if (METRICS[i].equals(metric.get("name"))) {
					row[i] = ((Number) metric.get("value")).doubleValue();
				}
			}
		}
		return row;
	}

	/**
	 * Least squares over the samples after the first (taken before any rotation and the browser's first lazy
	 * allocations), and over the second half alone: a warm-up levels off, a leak keeps its slope.
	 */
	private static void report(List<double[]> series, List<Double> times) {
		report(series, times, 1, "all");
		report(series, times, series.size() / 2, "second half");
	}

	private static void report(List<double[]> series, List<Double> times, int from, String label) {
		for (int m = 0; m < METRICS.length; m++) {
			int n = 0;
			double sx = 0;
			double sy = 0;
			double sxx = 0;
			double sxy = 0;
			double min = Double.MAX_VALUE;
			double max = 0;
			for (int i = from; i < series.size(); i++) {
				double x = times.get(i);
				double y = series.get(i)[m];
				n++;
				sx += x;
				sy += y;
				sxx += x * x;
				sxy += x * y;
				min = Math.min(min, y);
				max = Math.max(max, y);
			}
			if (n < 2) {
				continue;
			}
			double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
			double first = series.get(from)[m];
			double span = times.get(times.size() - 1) - times.get(from);
			double share = first == 0 ? 0 : 100 * slope * span / first;
			System.out.printf(Locale.ROOT, "%s %s: first sample %.0f, last %.0f, min %.0f, max %.0f, slope %.1f per minute, "
					+ "%.2f %% of the first sample over %.1f minutes%n", label, METRICS[m], first,
					series.get(series.size() - 1)[m], min, max, slope, share, span);
		}
	}

}
