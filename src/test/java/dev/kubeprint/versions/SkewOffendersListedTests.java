package dev.kubeprint.versions;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.kubeprint.versions.VersionsView.SkewRow;
import dev.kubeprint.versions.VersionsView.SkewView;
import dev.kubeprint.versions.VersionsView.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** A pool of old kubelets grows the skew table with the cluster: the panel lists the first hundred and counts the rest. */
class SkewOffendersListedTests {

	@Test
	void aHundredListedTheRestCountedAndTheWholeNumberKept() {
		List<SkewRow> rows = IntStream.range(0, 250)
			.mapToObj((i) -> new SkewRow("kubelet", "n-" + i, "v1.20.0", 10, Status.FAIL, "too old"))
			.toList();
		SkewView view = new SkewView("v1.30.6", "rule", List.of(), rows, List.of(), 3, "", "", "basis", List.of(),
				List.of());
		assertThat(view.offendersListed()).hasSize(100).containsExactlyElementsOf(rows.subList(0, 100));
		assertThat(view.offendersNotListed()).isEqualTo(150);
		assertThat(view.offendersShown()).isEqualTo("250");
		SkewView few = new SkewView("v1.30.6", "rule", List.of(), rows.subList(0, 3), List.of(), 3, "", "", "basis",
				List.of(), List.of());
		assertThat(few.offendersListed()).hasSize(3);
		assertThat(few.offendersNotListed()).isZero();
	}

}
