package vn.coop.sangtao.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteTest {

	@TempDir
	Path temp;

	@Test
	void shouldUseDocumentedPortsWhenDefaults() {
		SuiteConfig config = SuiteConfig.defaults();

		assertThat(config.ports()).containsEntry("gateway", 8080)
			.containsEntry("identity", 9000)
			.containsEntry("membership", 8081)
			.containsEntry("campaigns", 8082)
			.containsEntry("initiatives", 8083)
			.containsEntry("awards", 8084)
			.containsEntry("integrations", 8085)
			.containsEntry("kafka", 9092)
			.containsEntry("kafka-controller", 9093)
			.containsEntry("store", 27017);
		assertThat(config.jvmOptions()).containsExactly("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
		assertThat(config.startupTimeout()).hasSeconds(240);
		assertThat(config.dataDir()).isEqualTo(config.repoRoot().resolve("deploy/local/.data"));
	}

	@Test
	void shouldPickDistinctFreePortsAndTemporaryDataDirWhenRandomPorts() {
		SuiteConfig config = SuiteConfig.randomPorts();

		assertThat(new HashSet<>(config.ports().values())).hasSize(config.ports().size());
		assertThat(config.ports().values()).allSatisfy(port -> assertThat(port).isPositive());
		assertThat(config.dataDir()).exists().isNotEqualTo(config.repoRoot().resolve("deploy/local/.data"));
	}

	@Test
	void shouldFindRepoRootWhenStartingBelowIt() {
		Path root = SuiteConfig.findRepoRoot(Path.of(""));

		assertThat(root.resolve("deploy/local/pom.xml")).isRegularFile();
		assertThat(SuiteConfig.findRepoRoot(root.resolve("deploy/local/src/main"))).isEqualTo(root);
	}

	@Test
	void shouldFailClearlyWhenNoRepoRootAbove() {
		assertThatThrownBy(() -> SuiteConfig.findRepoRoot(this.temp)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("deploy/local/pom.xml");
	}

	@Test
	void shouldTellToBuildFirstWhenJarsAreMissing() throws Exception {
		Files.createDirectories(this.temp.resolve("deploy/local"));
		Files.writeString(this.temp.resolve("deploy/local/pom.xml"), "<project/>");
		SuiteConfig config = SuiteConfig.randomPorts().withRepoRoot(this.temp).withDataDir(this.temp.resolve("data"));

		assertThatThrownBy(() -> Suite.start(config, Suite.STORE, Suite.IDENTITY, Suite.GATEWAY))
			.isInstanceOf(SuiteException.class)
			.hasMessageContaining("services/identity/target/identity.jar")
			.hasMessageContaining("gateway/target/gateway.jar")
			.hasMessageContaining("Build first");
		// checked before anything was started or created
		assertThat(this.temp.resolve("data")).doesNotExist();
	}

	@Test
	void shouldPassPortsStoreBrokerAndIdentityWhenBuildingServiceCommand() {
		SuiteConfig config = SuiteConfig.randomPorts().withRepoRoot(this.temp).withExtraArgs("campaigns", "--debug");

		List<String> command = Suite.command(config, Suite.CAMPAIGNS);

		int identity = config.port(Suite.IDENTITY);
		assertThat(command).startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms64m")
			.contains("-jar", this.temp.resolve("services/campaigns/target/campaigns.jar").toString(),
					"--spring.profiles.active=local", "--server.port=" + config.port(Suite.CAMPAIGNS),
					"--spring.mongodb.uri=mongodb://localhost:" + config.port(Suite.STORE) + "/campaigns",
					"--spring.kafka.bootstrap-servers=localhost:" + config.port(Suite.KAFKA),
					"--sangtao.identity.uri=http://localhost:" + identity,
					"--sangtao.identity.issuer=http://localhost:" + identity)
			.endsWith("--debug");
	}

	@Test
	void shouldPassRoutesWhenBuildingGatewayCommand() {
		SuiteConfig config = SuiteConfig.randomPorts().withRepoRoot(this.temp);

		List<String> command = Suite.command(config, Suite.GATEWAY);

		assertThat(command).contains(this.temp.resolve("gateway/target/gateway.jar").toString());
		for (String service : Suite.SERVICES) {
			assertThat(command).contains("--sangtao.routes." + service + "=http://localhost:" + config.port(service));
		}
	}

	@Test
	void shouldRunBrokerFromClassPathWhenBuildingKafkaCommand() {
		SuiteConfig config = SuiteConfig.randomPorts().withJvmOptions(Suite.KAFKA, "-Xmx512m");

		List<String> command = Suite.command(config, Suite.KAFKA);

		assertThat(command).contains("-cp", KafkaBroker.class.getName(), "--port", String.valueOf(config.port(Suite.KAFKA)),
				"--controller-port", String.valueOf(config.port(SuiteConfig.KAFKA_CONTROLLER)), "--dir",
				config.dataDir().resolve("kafka").toString());
		assertThat(command.indexOf("-Xmx512m")).isGreaterThan(command.indexOf("-Xmx384m"));
	}

	@Test
	void shouldStartInSuiteOrderWhenNamesGivenInAnyOrder() {
		assertThat(Suite.ordered(List.of("gateway", "store", "identity", "kafka"))).containsExactly("store", "kafka",
				"identity", "gateway");
		assertThatThrownBy(() -> Suite.ordered(List.of("dashboard"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldFailWithLogTailAndStopOthersWhenProcessExitsEarly() {
		SuiteConfig config = SuiteConfig.randomPorts().withDataDir(this.temp).withExtraArgs(Suite.STORE, "--port", "not-a-port");

		assertThatThrownBy(() -> Suite.startInfrastructure(config)).isInstanceOf(SuiteException.class)
			.hasMessageContaining("store exited with code 1 before it was ready")
			.hasMessageContaining("store.log")
			.hasMessageContaining("must be a number");
		// the broker, started beside it, was stopped again
		assertThat(this.temp.resolve("pids")).isEmptyDirectory();
	}

	@Test
	void shouldRefuseWhenPortIsTaken() throws Exception {
		try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
			SuiteConfig config = SuiteConfig.randomPorts().withDataDir(this.temp).withPort(Suite.STORE, taken.getLocalPort());

			assertThatThrownBy(() -> Suite.startInfrastructure(config)).isInstanceOf(SuiteException.class)
				.hasMessageContaining("Port " + taken.getLocalPort() + " for store is already in use");
		}
	}

}
