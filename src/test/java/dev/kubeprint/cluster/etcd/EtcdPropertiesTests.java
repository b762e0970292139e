package dev.kubeprint.cluster.etcd;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import dev.kubeprint.config.EtcdProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EtcdPropertiesTests {

	@Test
	void unsetValuesTakeTheirDefaults() {
		EtcdProperties properties = new EtcdProperties(null, null, null, null, null, null, null, null);
		assertThat(properties.endpoints()).isEmpty();
		assertThat(properties.metricsUrls()).isEmpty();
		assertThat(properties.callTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.quotaBytes()).isNull();
		assertThat(properties.withEndpoints(List.of("https://10.0.0.11:2379")).endpoints())
			.containsExactly("https://10.0.0.11:2379");
	}

	@Test
	void nonsenseIsRefusedAtStartupWithTheReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EtcdProperties.of(List.of("https://a:2379")).withCallTimeout(Duration.ZERO))
			.withMessage("etcd callTimeout must be positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EtcdProperties(List.of("https://a:2379"), null, Path.of("c.crt"), null, null, null,
					null, null))
			.withMessage("etcd certFile and keyFile go together");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EtcdProperties.of(Collections.nCopies(16, "https://a:2379")))
			.withMessageContaining("at most 15");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EtcdSource(EtcdProperties.of(List.of()), Clock.systemUTC()))
			.withMessage("etcd needs at least one endpoint, configured or discovered");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EtcdEndpointClient("10.0.0.11", EtcdProperties.of(List.of("10.0.0.11")), null))
			.withMessage("etcd endpoint 10.0.0.11 needs a host and a port");
	}

}
