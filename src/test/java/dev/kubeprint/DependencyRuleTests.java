package dev.kubeprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-way flow of DESIGN.md, read from the sources: sources → facts → analyzers → views → web. Features
 * read facts, never the code that fetches them; analyzers and views know nothing of the web; and no two
 * packages lean on each other. The rules run on the real tree and, to show they can fail, on planted
 * violations.
 */
class DependencyRuleTests {

	private static final String ROOT = "dev.kubeprint";

	/** The code that talks to the outside world. Only web (through the registry) and sources themselves use it. */
	private static final Pattern SOURCE_PACKAGE = Pattern
		.compile("dev\\.kubeprint\\.cluster(\\.(live|probe|etcd|snapshot|projection|source))?");

	/** Packages that may hold the world's I/O or serve it: everything else is a feature or shared vocabulary. */
	private static final Set<String> NOT_FEATURES = Set.of("cluster", "web", "config");

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

	private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.kubeprint(?:\\.[a-z]\\w*)*)\\.[A-Z]");

	@Test
	void theSourcesFollowTheRules() {
		assertThat(violations(read(Path.of("src/main/java")))).isEmpty();
	}

	@Test
	void aFeatureReadingASourceIsCaught() {
		Map<String, String> planted = Map.of("storage/StorageAnalyzer.java", """
				package dev.kubeprint.storage;
				import dev.kubeprint.cluster.facts.ClusterFacts;
				import dev.kubeprint.cluster.live.KindWatcher;
				class StorageAnalyzer {}
				""");
		assertThat(violations(planted)).singleElement()
			.asString()
			.contains("dev.kubeprint.storage imports the source package dev.kubeprint.cluster.live");
	}

	@Test
	void anAnalyzerOrViewReachingForTheWebIsCaught() {
		Map<String, String> planted = Map.of("nodes/NodesView.java", """
				package dev.kubeprint.nodes;
				record NodesView(dev.kubeprint.web.PanelState state) {}
				""", "nodes/NodesAnalyzer.java", """
				package dev.kubeprint.nodes;
				import org.springframework.ui.Model;
				class NodesAnalyzer {}
				""");
		assertThat(violations(planted)).hasSize(2)
			.anyMatch((v) -> v.contains("NodesView") && v.contains("dev.kubeprint.web"))
			.anyMatch((v) -> v.contains("NodesAnalyzer") && v.contains("org.springframework.ui"));
	}

	@Test
	void aCycleBetweenPackagesIsCaught() {
		Map<String, String> planted = Map.of("nodes/A.java", """
				package dev.kubeprint.nodes;
				import dev.kubeprint.network.B;
				class A {}
				""", "network/B.java", """
				package dev.kubeprint.network;
				import dev.kubeprint.versions.C;
				class B {}
				""", "versions/C.java", """
				package dev.kubeprint.versions;
				class C { dev.kubeprint.nodes.A a; }
				""");
		assertThat(violations(planted)).singleElement()
			.asString()
			.contains("cycle")
			.contains("dev.kubeprint.network")
			.contains("dev.kubeprint.nodes")
			.contains("dev.kubeprint.versions");
	}

	/** Every broken rule, one sentence each; empty when the tree keeps the flow one way. */
	static List<String> violations(Map<String, String> sources) {
		List<String> violations = new ArrayList<>();
		Map<String, Set<String>> graph = new TreeMap<>();
		sources.forEach((file, text) -> {
			String code = withoutComments(text);
			Matcher declared = PACKAGE.matcher(code);
			if (!declared.find()) {
				return;
			}
			String pkg = declared.group(1);
			Set<String> uses = used(code);
			uses.remove(pkg);
			graph.computeIfAbsent(pkg, (p) -> new TreeSet<>()).addAll(uses);
			String className = Path.of(file).getFileName().toString().replace(".java", "");
			boolean feature = !NOT_FEATURES.contains(topLevel(pkg));
			for (String used : uses) {
				if (feature && SOURCE_PACKAGE.matcher(used).matches()) {
					violations.add(file + ": " + pkg + " imports the source package " + used
							+ "; features read ClusterFacts (dev.kubeprint.cluster.facts) only");
				}
				if (isPure(className) && (used.startsWith(ROOT + ".web") || used.startsWith("org.springframework"))) {
					violations.add(file + ": " + className + " uses " + used
							+ "; analyzers, checks and views stay plain Java with no web or Spring");
				}
			}
		});
		cycles(graph).forEach((cycle) -> violations.add("package cycle: " + String.join(" → ", cycle)));
		return violations;
	}

	private static boolean isPure(String className) {
		return className.endsWith("Analyzer") || className.endsWith("Checks") || className.endsWith("View");
	}

	/** Packages this file names: imports, static imports and fully qualified names in code. */
	private static Set<String> used(String code) {
		Set<String> uses = new TreeSet<>();
		Matcher reference = REFERENCE.matcher(code);
		while (reference.find()) {
			uses.add(reference.group(1));
		}
		Matcher spring = Pattern.compile("^import (?:static )?(org\\.springframework(?:\\.[a-z]\\w*)*)\\.", Pattern.MULTILINE)
			.matcher(code);
		while (spring.find()) {
			uses.add(spring.group(1));
		}
		return uses;
	}

	private static String topLevel(String pkg) {
		String rest = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	/** Each strongly connected set of more than one package, found with Tarjan's algorithm. */
	static List<List<String>> cycles(Map<String, Set<String>> graph) {
		List<List<String>> found = new ArrayList<>();
		Map<String, Integer> index = new TreeMap<>();
		Map<String, Integer> low = new TreeMap<>();
		List<String> stack = new ArrayList<>();
		Set<String> onStack = new LinkedHashSet<>();
		for (String start : graph.keySet()) {
			if (!index.containsKey(start)) {
				connect(start, graph, index, low, stack, onStack, found);
			}
		}
		return found;
	}

	private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
			Map<String, Integer> low, List<String> stack, Set<String> onStack, List<List<String>> found) {
		index.put(node, index.size());
		low.put(node, index.get(node));
		stack.add(node);
		onStack.add(node);
		for (String next : graph.getOrDefault(node, Set.of())) {
			if (!graph.containsKey(next)) {
				continue;
			}
			if (!index.containsKey(next)) {
				connect(next, graph, index, low, stack, onStack, found);
				low.put(node, Math.min(low.get(node), low.get(next)));
			}
			else if (onStack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			List<String> component = new ArrayList<>();
			String member;
			do {
				member = stack.remove(stack.size() - 1);
				onStack.remove(member);
				component.add(member);
			}
			while (!member.equals(node));
			if (component.size() > 1) {
				component.sort(String::compareTo);
				found.add(component);
			}
		}
	}

	/** The code alone: comments and string literals (text blocks included) may name anything. */
	private static String withoutComments(String text) {
		StringBuilder code = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			if (text.startsWith("//", i)) {
				i = end(text, "\n", i + 2) - 1;
			}
			else if (text.startsWith("/*", i)) {
				i = end(text, "*/", i + 2);
			}
			else if (text.startsWith("\"\"\"", i)) {
				i = end(text, "\"\"\"", i + 3);
				code.append("\"\"");
			}
			else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
				char quote = text.charAt(i);
				i++;
				while (i < text.length() && text.charAt(i) != quote) {
					i += (text.charAt(i) == '\\') ? 2 : 1;
				}
				i++;
				code.append("\"\"");
			}
			else {
				code.append(text.charAt(i++));
			}
		}
		return code.toString();
	}

	/** Where {@code closing} ends, looking from {@code from}; the text's end when it never comes. */
	private static int end(String text, String closing, int from) {
		int at = text.indexOf(closing, from);
		return at < 0 ? text.length() : at + closing.length();
	}

	private static Map<String, String> read(Path root) {
		Map<String, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				sources.put(root.relativize(file).toString(), Files.readString(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(sources).as("sources under " + root.toAbsolutePath()).hasSizeGreaterThan(50);
		return sources;
	}

}
