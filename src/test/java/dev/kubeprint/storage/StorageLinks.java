package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.testing.TestFacts;

/** Evaluates one link of one claim's chain on YAML fixtures, for the tests of each link evaluator. */
final class StorageLinks {

	static final Texts EN = Texts.of(Locale.ENGLISH);

	static final String CLAIM = "app/data-db-0";

	private static final StorageBackends BACKENDS = StorageBackends.load();

	private StorageLinks() {
	}

	static StorageIndex index(List<String> docs) {
		return StorageIndex.of(TestFacts.yaml(docs.toArray(String[]::new)).build(), BACKENDS);
	}

	static ClaimChain chain(StorageIndex index, String id) {
		return index.claims.stream()
			.filter((c) -> StorageAnalyzer.key(c).equals(id))
			.map(index::resolve)
			.findFirst()
			.orElseThrow();
	}

	static LinkEvaluator.Evaluated evaluate(BiFunction<StorageIndex, Texts, LinkEvaluator> link, List<String> docs,
			String id) {
		StorageIndex index = index(docs);
		return link.apply(index, EN).evaluate(chain(index, id));
	}

	static LinkEvaluator.Evaluated evaluate(BiFunction<StorageIndex, Texts, LinkEvaluator> link, List<String> docs) {
		return evaluate(link, docs, CLAIM);
	}

	static List<String> healthy() {
		return StorageAnalyzerTests.healthy();
	}

	static List<String> with(List<String> docs, String... more) {
		List<String> all = new ArrayList<>(docs);
		all.addAll(Arrays.asList(more));
		return all;
	}

	static List<String> replacing(List<String> docs, String prefix, String replacement) {
		List<String> all = new ArrayList<>(docs);
		all.removeIf((d) -> d.contains(prefix));
		all.add(replacement);
		return all;
	}

	static List<String> without(List<String> docs, String part) {
		List<String> all = new ArrayList<>(docs);
		all.removeIf((d) -> d.contains(part));
		return all;
	}

}
