package vn.coop.sangtao.identity.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port with the local profile (demo users, machine clients) over
 * the shared in-memory store and a real embedded Kafka broker, on which tests publish membership's
 * tenant events. Subclasses share one application context, hence one broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sangtao.identity.issuer=" + IdentityServiceTestBase.ISSUER,
				"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"spring.cloud.stream.bindings.tenantEvents-in-0.consumer.back-off-initial-interval=50" })
@EmbeddedKafka(partitions = 1)
@ActiveProfiles("local")
public abstract class IdentityServiceTestBase {

	public static final String ISSUER = "http://issuer.test:9000";

	@LocalServerPort
	protected int port;

	@Autowired
	private EmbeddedKafkaBroker broker;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestMongo.uri("identity"));
	}

	protected OAuthBrowser browser() {
		return new OAuthBrowser("http://localhost:" + port);
	}

	/** Publishes on membership's tenant topic as membership does; close it after use. */
	protected MembershipTenantTopic tenantTopic() {
		return new MembershipTenantTopic(broker.getBrokersAsString());
	}

}
