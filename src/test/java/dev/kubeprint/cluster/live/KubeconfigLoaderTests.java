package dev.kubeprint.cluster.live;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.ClusterEnvironment;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.live.KubeconfigLoader.ConfigurationException;
import dev.kubeprint.cluster.live.KubeconfigLoader.Merged;
import dev.kubeprint.testing.TestCertificates;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.kubeprint.cluster.live.LiveTestSupport.await;
import static dev.kubeprint.cluster.live.LiveTestSupport.fastSettings;
import static dev.kubeprint.cluster.live.LiveTestSupport.requestsTo;
import static dev.kubeprint.cluster.live.LiveTestSupport.stubQuietCluster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A KUBECONFIG list is read as kubectl reads it: merged, first definition wins, paths relative to their file. */
class KubeconfigLoaderTests {

	@TempDir
	Path dir;

	private WireMockServer server;

	private LiveClusterSource source;

	@AfterEach
	void stop() {
		if (source != null) {
			source.close();
		}
		if (server != null) {
			server.stop();
		}
	}

	@Test
	void mergesFirstDefinitionWinsAndResolvesPathsAgainstTheFileThatDefinedThem() throws Exception {
		KubeconfigFiles files = threeFiles("http://127.0.0.1:1");

		Merged merged = KubeconfigLoader.read(files);

		assertThat(merged.currentContext()).as("the first file that sets one is the second").isEqualTo("lab");
		assertThat(names(merged.config().getContexts())).containsExactly("prod", "lab", "only-in-c");
		assertThat(entry(merged.config().getContexts(), "prod", "context")).as("c's redefinition is ignored")
			.containsEntry("cluster", "prod")
			.containsEntry("user", "admin");
		assertThat(names(merged.config().getClusters())).containsExactly("prod", "lab");
		assertThat(entry(merged.config().getClusters(), "prod", "cluster"))
			.containsEntry("certificate-authority", dir.resolve("a/pki/ca.crt").toString())
			.containsEntry("server", "http://127.0.0.1:1");
		assertThat(entry(merged.config().getClusters(), "lab", "cluster"))
			.containsEntry("certificate-authority", dir.resolve("shared/ca.crt").toString());
		assertThat(entry(merged.config().getUsers(), "admin", "user")).as("a's admin, whole; c's is ignored")
			.containsEntry("client-certificate", dir.resolve("a/pki/admin.crt").toString())
			.containsEntry("client-key", "/etc/absolute/admin.key")
			.doesNotContainKey("token");
		Map<String, Object> labUser = entry(merged.config().getUsers(), "lab-user", "user");
		assertThat(labUser).containsEntry("tokenFile", dir.resolve("b/token").toString());
		assertThat(entry(merged.config().getUsers(), "exec-user", "user").get("exec")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.as("a command with a path is a path; a bare one is looked up on PATH")
			.containsEntry("command", dir.resolve("b/bin/auth").toString());
		assertThat(entry(merged.config().getUsers(), "path-user", "user").get("exec"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("command", "aws");
	}

	@Test
	void theMergedCurrentContextIsUsedWithTheFilesBesideItsOwnKubeconfig() throws Exception {
		server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		stubQuietCluster(server);
		KubeconfigFiles files = threeFiles(server.baseUrl());
		// b's CA, named relative to b: read from beside b, not from the working directory
		TestCertificates.write(Files.createDirectories(dir.resolve("shared")));
		source = LiveClusterSource.kubeconfig(new ClusterIdentity("lab", SourceType.LIVE, "test"), files,
				null, fastSettings(), Clock.systemUTC());
		source.start();

		await("synced", () -> source.facts().synced(), source::facts);

		assertThat(source.facts().availability(FactKind.NODES).isOk()).as(source.facts().toString()).isTrue();
		assertThat(requestsTo(server, "/api/v1/nodes")).isNotEmpty()
			.allSatisfy((r) -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer token-of-b"));
	}

	@Test
	void theEnvironmentsKubeconfigVariableIsReadAsAList() throws Exception {
		KubeconfigFiles files = threeFiles("http://127.0.0.1:1");
		String variable = String.join(File.pathSeparator, files.files().stream().map(Path::toString).toList())
				+ File.pathSeparator + File.pathSeparator + files.files().get(0);

		KubeconfigFiles found = new ClusterEnvironment(Map.of("KUBECONFIG", variable, "HOME", dir.toString()),
				dir.resolve("sa")).kubeconfig();

		assertThat(found).as("empty entries dropped, a file listed twice read once").isEqualTo(files);
		assertThat(KubeconfigLoader.currentContext(found)).contains("lab");
	}

	@Test
	void aFileThatCannotBeReadIsNamed() throws Exception {
		Path good = Files.writeString(dir.resolve("good"), "apiVersion: v1\nkind: Config\ncurrent-context: x\n");
		Path bad = Files.writeString(dir.resolve("bad"), "clusters: [unclosed\n");

		assertThatThrownBy(() -> KubeconfigLoader.read(
				new KubeconfigFiles(List.of(good, bad), KubeconfigFiles.Origin.KUBECONFIG)))
			.isInstanceOf(ConfigurationException.class)
			.hasMessageStartingWith("kubeconfig " + bad + " could not be read: ");
	}

	@Test
	void noExistingFileSaysWhichWereLookedFor() {
		KubeconfigFiles none = new KubeconfigFiles(List.of(dir.resolve("x"), dir.resolve("y")),
				KubeconfigFiles.Origin.KUBECONFIG);

		assertThatThrownBy(() -> KubeconfigLoader.read(none)).isInstanceOf(ConfigurationException.class)
			.hasMessage("no file of KUBECONFIG=" + dir.resolve("x") + File.pathSeparator + dir.resolve("y") + " exists");
	}

	/**
	 * a/config defines prod (CA and client certificate relative to a/), sets no current context; a missing file;
	 * b/config sets current-context lab and defines lab with a token file and a CA relative to b/, and an exec
	 * user; c/config redefines prod and admin and sets another current context, all of which kubectl ignores.
	 */
	private KubeconfigFiles threeFiles(String server) throws Exception {
		Path a = Files.createDirectories(dir.resolve("a")).resolve("config");
		Files.writeString(a, """
				apiVersion: v1
				kind: Config
				clusters:
				- name: prod
				  cluster: {server: "%s", certificate-authority: pki/ca.crt}
				users:
				- name: admin
				  user: {client-certificate: pki/admin.crt, client-key: /etc/absolute/admin.key}
				contexts:
				- name: prod
				  context: {cluster: prod, user: admin}
				""".formatted(server));
		Path b = Files.createDirectories(dir.resolve("b")).resolve("config");
		Files.writeString(dir.resolve("b/token"), "token-of-b\n");
		Files.writeString(b, """
				apiVersion: v1
				kind: Config
				current-context: lab
				clusters:
				- name: lab
				  cluster: {server: "%s", certificate-authority: ../shared/ca.crt}
				users:
				- name: lab-user
				  user: {tokenFile: token}
				- name: exec-user
				  user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: ./bin/auth}}
				- name: path-user
				  user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: aws}}
				contexts:
				- name: lab
				  context: {cluster: lab, user: lab-user}
				""".formatted(server));
		Path c = Files.createDirectories(dir.resolve("c")).resolve("config");
		Files.writeString(c, """
				apiVersion: v1
				kind: Config
				current-context: only-in-c
				clusters:
				- name: prod
				  cluster: {server: "https://elsewhere.invalid"}
				users:
				- name: admin
				  user: {token: from-c}
				contexts:
				- name: prod
				  context: {cluster: lab, user: lab-user}
				- name: only-in-c
				  context: {cluster: prod, user: admin}
				""");
		return new KubeconfigFiles(List.of(a, dir.resolve("missing"), b, c), KubeconfigFiles.Origin.KUBECONFIG);
	}

	private static List<Object> names(List<Object> entries) {
		return entries.stream().<Object>map((e) -> ((Map<?, ?>) e).get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> entry(List<Object> entries, String name, String field) {
		return entries.stream()
			.map((e) -> (Map<String, Object>) e)
			.filter((e) -> name.equals(e.get("name")))
			.map((e) -> (Map<String, Object>) e.get(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + field + " " + name));
	}

}
