package dev.kubeprint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.DemoCopy;

/**
 * What the wall's JS heap keeps, by kind: the wall as {@link WallBenchmark} runs it (same churn, refresh and
 * rotation), a heap snapshot after the warm-up and another some minutes later, and the groups of objects that grew
 * between them. Both are taken on the first screen just swapped in, as the benchmark samples. Figures, never
 * assertions: {@code java -cp <test classpath> dev.kubeprint.bench.WallHeapDiff <warm-up min> <minutes between>}.
 */
public final class WallHeapDiff {

	private WallHeapDiff() {
	}

	public static void main(String[] args) throws Exception {
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		Duration rotate = Duration.ofSeconds(15);
		Path lab = DemoCopy.into(Files.createTempDirectory("kubeprint-wall-diff"));
		AtomicInteger round = new AtomicInteger();
		WallBenchmark.churn(lab, round.get());
		ConfigurableApplicationContext app = WallBenchmark.app(lab, "2s", rotate);
		ScheduledExecutorService churner = Executors.newSingleThreadScheduledExecutor();
		String extra = System.getProperty("bench.chromium", "");
		ChromeDriver browser = extra.isBlank() ? Chromium.start(1920, 1080) : Chromium.start(1920, 1080, extra.split(" "));
		try {
			churner.scheduleAtFixedRate(() -> WallBenchmark.churn(lab, round.incrementAndGet()), 3, 3, TimeUnit.SECONDS);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			browser.get("http://localhost:" + port + "/wall");
			Thread.sleep(Duration.ofMinutes(warmup).toMillis());
			WallBenchmark.firstScreen(browser, rotate);
			Map<String, HeapSnapshots.Group> before = HeapSnapshots.take(browser);
			Thread.sleep(Duration.ofMinutes(minutes).toMillis());
			WallBenchmark.firstScreen(browser, rotate);
			Map<String, HeapSnapshots.Group> after = HeapSnapshots.take(browser);
			System.out.printf("heap snapshots after %d min of warm-up and %d min later:%n", warmup, minutes);
			HeapSnapshots.printDiff(before, after, 40);
		}
		finally {
			churner.shutdownNow();
			browser.quit();
			app.close();
		}
	}

}
