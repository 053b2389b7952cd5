package vn.coop.sangtao.local;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of {@code deploy/local/run --cluster}: which processes, on which ports, with which arguments. */
class ClusterConfigTest {

	@TempDir
	Path temp;

	@Test
	void shouldRunThreeBrokersAndTwoInstancesOfEachAppButOneConsole() {
		SuiteConfig cluster = SuiteConfig.defaults().withCluster();

		assertThat(cluster.isCluster()).isTrue();
		assertThat(cluster.processes()).containsExactly("store", "kafka", "kafka-2", "kafka-3", "redis", "identity", "identity-2",
				"membership",
				"membership-2", "campaigns", "campaigns-2", "initiatives", "initiatives-2", "awards", "awards-2",
				"integrations", "integrations-2", "console", "gateway", "gateway-2");
		assertThat(cluster.ports()).containsEntry("membership-2", 8181)
			.containsEntry("gateway-2", 8180)
			.containsEntry("identity-2", 9100)
			.containsEntry("kafka-2", 9192)
			.containsEntry("kafka-controller-3", 9293)
			.containsEntry("redis", 6380);
		assertThat(new HashSet<>(cluster.ports().values())).hasSize(cluster.ports().size());
		assertThat(SuiteConfig.defaults().isCluster()).isFalse();
	}

	@Test
	void shouldPickFreePortsForTheAddedInstancesOfARandomPortSuite() {
		SuiteConfig cluster = SuiteConfig.randomPorts().withCluster();

		assertThat(new HashSet<>(cluster.ports().values())).hasSize(cluster.ports().size());
		assertThat(cluster.port("initiatives-2")).isNotEqualTo(8183);
	}

	@Test
	void shouldFormOneQuorumOfThreeBrokersSharingTheClusterId() {
		SuiteConfig cluster = SuiteConfig.randomPorts().withCluster();
		String voters = "1@127.0.0.1:" + cluster.port("kafka-controller") + ",2@127.0.0.1:"
				+ cluster.port("kafka-controller-2") + ",3@127.0.0.1:" + cluster.port("kafka-controller-3");

		List<String> first = Suite.command(cluster, "kafka");
		List<String> third = Suite.command(cluster, "kafka-3");

		assertThat(third).containsSequence("--port", String.valueOf(cluster.port("kafka-3")))
			.containsSequence("--dir", cluster.dataDir().resolve("kafka-3").toString())
			.containsSequence("--node-id", "3")
			.containsSequence("--voters", voters);
		assertThat(first).containsSequence("--node-id", "1");
		assertThat(third.get(third.indexOf("--cluster-id") + 1)).isEqualTo(first.get(first.indexOf("--cluster-id") + 1));
		assertThat(Suite.command(SuiteConfig.randomPorts(), "kafka")).doesNotContain("--cluster-id");
	}

	@Test
	void shouldGiveEveryInstanceAllBrokersThreeReplicasAndItsServicesDatabase() {
		SuiteConfig cluster = SuiteConfig.randomPorts().withCluster().withRepoRoot(this.temp)
			.withJvmOptions("initiatives", "-Xmx1g");

		List<String> command = Suite.command(cluster, "initiatives-2");

		assertThat(command).contains(this.temp.resolve("services/initiatives/target/initiatives.jar").toString(),
				"--server.port=" + cluster.port("initiatives-2"),
				"--spring.mongodb.uri=mongodb://localhost:" + cluster.port("store") + "/initiatives",
				"--spring.kafka.bootstrap-servers=localhost:" + cluster.port("kafka") + ",localhost:"
						+ cluster.port("kafka-2") + ",localhost:" + cluster.port("kafka-3"),
				"--sangtao.kafka.replication-factor=3", "-Xmx1g");
	}

	@Test
	void shouldSpreadEachGatewaysRoutesOverTheServicesInstancesAndShareItsLimitsThroughRedis() {
		SuiteConfig cluster = SuiteConfig.randomPorts().withCluster().withRepoRoot(this.temp);

		List<String> command = Suite.command(cluster, "gateway-2");

		assertThat(command).contains("--sangtao.gateway.rate-limit.store=redis",
				"--spring.data.redis.port=" + cluster.port("redis"));
		assertThat(Suite.command(SuiteConfig.randomPorts(), "gateway")).doesNotContain("--sangtao.gateway.rate-limit.store=redis");
		for (String service : Suite.SERVICES) {
			assertThat(command).contains("--sangtao.routes." + service + "=lb://" + service,
					"--spring.cloud.discovery.client.simple.instances." + service + "[0].uri=http://localhost:"
							+ cluster.port(service),
					"--spring.cloud.discovery.client.simple.instances." + service + "[1].uri=http://localhost:"
							+ cluster.port(service + "-2"));
		}
	}

	@Test
	void shouldOrderInstancesAfterTheirFirst() {
		assertThat(Suite.ordered(List.of("gateway-2", "membership-2", "kafka-3", "store", "membership", "kafka")))
			.containsExactly("store", "kafka", "kafka-3", "membership", "membership-2", "gateway-2");
		assertThat(Suite.kind("integrations-2")).isEqualTo("integrations");
		assertThat(Suite.instance("integrations-2")).isEqualTo(2);
		assertThat(Suite.instance("integrations")).isEqualTo(1);
	}
}
