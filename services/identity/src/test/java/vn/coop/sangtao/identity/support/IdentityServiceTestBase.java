package vn.coop.sangtao.identity.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port with the local profile (demo users, machine clients) over
 * the shared in-memory store. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sangtao.identity.issuer=" + IdentityServiceTestBase.ISSUER)
@ActiveProfiles("local")
public abstract class IdentityServiceTestBase {

	public static final String ISSUER = "http://issuer.test:9000";

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestMongo.uri("identity"));
	}

	protected OAuthBrowser browser() {
		return new OAuthBrowser("http://localhost:" + port);
	}

}
