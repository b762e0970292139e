package dev.kubeprint.testing;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What one class logged during a test, as formatted messages: a logback appender on its logger rather than a
 * capture of standard output, which depends on how logging was configured by whichever test ran before.
 */
public final class LoggedLines implements BeforeEachCallback, AfterEachCallback {

	private final Logger logger;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	public LoggedLines(Class<?> type) {
		this.logger = (Logger) LoggerFactory.getLogger(type);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		appender.list.clear();
		appender.start();
		logger.addAppender(appender);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		logger.detachAppender(appender);
		appender.stop();
	}

	public List<String> lines() {
		// AppenderBase appends while holding the appender's lock
		synchronized (appender) {
			return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		}
	}

}
