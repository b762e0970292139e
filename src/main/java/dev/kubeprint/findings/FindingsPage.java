package dev.kubeprint.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.health.Finding;
import dev.kubeprint.web.Analysis;

/** Every finding of every check family, worst first. */
@Configuration(proxyBeanMethods = false)
class FindingsPage {

	static final Comparator<Finding> WORST_FIRST = Comparator
		.comparingInt((Finding f) -> f.level().worstFirst())
		.thenComparing(Finding::check)
		.thenComparing(Finding::subject);

	/** All findings for the latest facts: each family's analysis is cached, so this only merges and sorts. */
	@Bean
	Analysis<List<Finding>> findings(ObjectProvider<CheckFamily> families) {
		List<CheckFamily> ordered = families.stream().sorted(Comparator.comparing(CheckFamily::name)).toList();
		return new Analysis<>("findings", (facts, texts, inputs) -> {
			List<Finding> all = new ArrayList<>();
			for (CheckFamily family : ordered) {
				all.addAll(inputs.of(family.analysis()));
			}
			all.sort(WORST_FIRST);
			return List.copyOf(all);
		});
	}

}
