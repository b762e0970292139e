package dev.kubeprint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver, headless, with nothing that reaches for the network: this machine
 * has none beyond package registries, and a browser that phones home fails slowly.
 */
public final class Chromium {

	private static final String BROWSER = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	private Chromium() {
	}

	/**
	 * Saves what the browser shows under target/screenshots, and into docs/ (the README's pictures) only when
	 * asked with -Dscreenshots.update=true, so that a test run does not rewrite committed files.
	 */
	/**
	 * A wait for what live refresh will show. htmx swaps panels while a condition reads them, so an element found
	 * in one poll can be gone by the time its text is read: that poll is not an answer, the next one is.
	 */
	public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	public static void screenshot(ChromeDriver driver, String name) {
		try {
			byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name), png);
			if (Boolean.getBoolean("screenshots.update")) {
				Files.write(Files.createDirectories(Path.of("docs")).resolve(name), png);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ChromeDriver start(int width, int height) {
		return start(width, height, new String[0]);
	}

	/** @param extra more command-line switches, e.g. {@code --js-flags=--jitless} for a benchmark that needs them */
	public static ChromeDriver start(int width, int height, String... extra) {
		if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install -y chromium chromium-driver (.ci/run does)");
		}
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--window-size=" + width + "," + height,
					"--user-data-dir=" + Files.createTempDirectory("kubeprint-chromium"));
			options.addArguments(extra);
			// Console messages, so a test can assert that a page logs no errors (a CSP violation is one).
			options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
