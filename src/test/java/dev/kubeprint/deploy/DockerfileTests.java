package dev.kubeprint.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Static checks of docker/Dockerfile. No Docker engine runs where these tests run, so the
 * image cannot be built or started here; these guard what the chart and the cluster rely on
 * (reproducible bases, a numeric non-root user, the layered launcher) instead.
 */
class DockerfileTests {

	private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

	private static final Path CHART_VALUES = Path.of("helm-chart/kubeprint/values.yaml");

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

	private static final Pattern FULL_VERSION = Pattern.compile("(^|[^0-9.])\\d+\\.\\d+\\.\\d+");

	private static final Pattern NUMERIC_USER = Pattern.compile("(\\d+)(:\\d+)?");

	private static List<Stage> stages;

	@BeforeAll
	static void readDockerfile() throws IOException {
		stages = parse(Files.readAllLines(DOCKERFILE));
	}

	@Test
	void isMultiStage() {
		assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void everyBaseImageIsPinnedToAVersion() {
		Set<String> earlierStages = new HashSet<>();
		for (Stage stage : stages) {
			if (!earlierStages.contains(stage.image().toLowerCase(Locale.ROOT))) {
				assertThat(isPinned(stage.image())).as("FROM %s pins a version", stage.image()).isTrue();
			}
			if (stage.alias() != null) {
				earlierStages.add(stage.alias().toLowerCase(Locale.ROOT));
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "eclipse-temurin:17.0.16_8-jre-jammy, true", "maven:3.9.11-eclipse-temurin-17, true",
			"registry.example.com:5000/team/app:1.2.3, true", "eclipse-temurin@sha256:0123abcd, true",
			"eclipse-temurin, false", "eclipse-temurin:latest, false", "eclipse-temurin:jre, false",
			"eclipse-temurin:17-jre-jammy, false", "maven:3.9-eclipse-temurin-17, false",
			"registry.example.com:5000/team/app, false", "eclipse-temurin:${JAVA_TAG}, false" })
	void pinCheckTellsVersionsFromFloatingTags(String image, boolean pinned) {
		assertThat(isPinned(image)).isEqualTo(pinned);
	}

	@Test
	void finalStageRunsAsANumericNonRootUser() {
		String user = finalStage().last("USER");

		assertThat(user).as("final stage USER").isNotNull();
		Matcher numeric = NUMERIC_USER.matcher(user);
		assertThat(numeric.matches()).as("USER %s is numeric, so runAsNonRoot can verify it", user).isTrue();
		assertThat(Integer.parseInt(numeric.group(1))).isNotZero();
	}

	@Test
	void finalStageUserMatchesTheChartsRunAsUser() throws IOException {
		Matcher user = NUMERIC_USER.matcher(String.valueOf(finalStage().last("USER")));
		int chartUser = new YAMLMapper().readTree(Files.readString(CHART_VALUES))
			.path("securityContext")
			.path("runAsUser")
			.asInt();

		assertThat(user.matches()).isTrue();
		assertThat(Integer.parseInt(user.group(1))).isEqualTo(chartUser);
	}

	@Test
	void finalStageStartsTheLayeredLauncher() {
		Stage runtime = finalStage();

		assertThat(runtime.last("ENTRYPOINT")).contains(LAUNCHER).doesNotContain("-jar");
		// Least to most volatile, so a code change rebuilds only the last layer.
		assertThat(runtime.all("COPY")).filteredOn((copy) -> copy.startsWith("--from="))
			.map(DockerfileTests::extractedLayer)
			.containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
	}

	@Test
	void buildStageExtractsTheJarWithTheToolsJarMode() {
		List<String> runs = stages.subList(0, stages.size() - 1)
			.stream()
			.flatMap((stage) -> stage.all("RUN").stream())
			.toList();

		assertThat(runs).anySatisfy((run) -> assertThat(run).contains("-Djarmode=tools", " extract ", "--layers",
				"--launcher", "--destination extracted"));
	}

	private static Stage finalStage() {
		return stages.get(stages.size() - 1);
	}

	private static String extractedLayer(String copy) {
		Matcher layer = Pattern.compile("extracted/([a-z-]+)/?").matcher(copy);
		return layer.find() ? layer.group(1) : copy;
	}

	/**
	 * A digest, or a tag naming a full major.minor.patch version. Tags such as {@code latest},
	 * {@code jre} or {@code 17-jre} move to new releases under the same name. Build args are
	 * rejected because their value is unknown here.
	 */
	static boolean isPinned(String image) {
		if (image.contains("$")) {
			return false;
		}
		if (image.contains("@sha256:")) {
			return true;
		}
		String lastSegment = image.substring(image.lastIndexOf('/') + 1);
		int colon = lastSegment.indexOf(':');
		if (colon < 0) {
			return false;
		}
		return FULL_VERSION.matcher(lastSegment.substring(colon + 1)).find();
	}

	/** Splits a Dockerfile into stages of instructions, joining continued lines as Docker does. */
	static List<Stage> parse(List<String> lines) {
		List<Stage> parsed = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			pending.append(trimmed);
			String instruction = pending.toString();
			pending.setLength(0);
			String[] parts = instruction.split("\\s+", 2);
			String keyword = parts[0].toUpperCase(Locale.ROOT);
			String arguments = (parts.length > 1) ? parts[1].strip() : "";
			if (keyword.equals("FROM")) {
				parsed.add(Stage.from(arguments));
			}
			else {
				assertThat(parsed).as("%s before the first FROM", keyword).isNotEmpty();
				parsed.get(parsed.size() - 1).instructions().add(new Instruction(keyword, arguments));
			}
		}
		return parsed;
	}

	record Instruction(String keyword, String arguments) {
	}

	record Stage(String image, String alias, List<Instruction> instructions) {

		static Stage from(String arguments) {
			List<String> tokens = new ArrayList<>(List.of(arguments.split("\\s+")));
			tokens.removeIf((token) -> token.startsWith("--"));
			String alias = (tokens.size() >= 3 && tokens.get(1).equalsIgnoreCase("AS")) ? tokens.get(2) : null;
			return new Stage(tokens.get(0), alias, new ArrayList<>());
		}

		List<String> all(String keyword) {
			return this.instructions.stream()
				.filter((instruction) -> instruction.keyword().equals(keyword))
				.map(Instruction::arguments)
				.toList();
		}

		String last(String keyword) {
			List<String> matching = all(keyword);
			return matching.isEmpty() ? null : matching.get(matching.size() - 1);
		}

	}

}
