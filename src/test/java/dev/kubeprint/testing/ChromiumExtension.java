package dev.kubeprint.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium per test class, handed to every test method that asks for a {@link ChromeDriver}, and
 * quit after the class even when a test failed. Register it as a static {@code @RegisterExtension}.
 */
public final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private final int width;

	private final int height;

	private ChromeDriver driver;

	public ChromiumExtension(int width, int height) {
		this.width = width;
		this.height = height;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		driver = Chromium.start(width, height);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ChromeDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return driver;
	}

}
