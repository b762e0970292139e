package dev.kubeprint.cluster.live;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock transformer that holds the responses of the stubs naming it until the test opens the gate: a list
 * stays half read for exactly as long as the test looks at it, however slow the machine. Held at most a minute,
 * so a failed test does not leave the server's threads waiting.
 */
public final class GatedResponses implements ResponseDefinitionTransformerV2 {

	public static final String NAME = "gated";

	private final CountDownLatch gate = new CountDownLatch(1);

	public void open() {
		gate.countDown();
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		try {
			gate.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return event.getResponseDefinition();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
