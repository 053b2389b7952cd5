package vn.coop.sangtao.identity.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.identity.support.MembershipTenantTopic.CREATED;
import static vn.coop.sangtao.identity.support.MembershipTenantTopic.MERGED;
import static vn.coop.sangtao.identity.support.MembershipTenantTopic.RETIRED;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.identity.support.IdentityServiceTestBase;
import vn.coop.sangtao.identity.support.Jwts;
import vn.coop.sangtao.identity.support.MembershipTenantTopic;
import vn.coop.sangtao.identity.support.OAuthBrowser;
import vn.coop.sangtao.identity.support.Pkce;
import vn.coop.sangtao.identity.tenant.KnownTenant;
import vn.coop.sangtao.identity.tenant.KnownTenantRepository;
import vn.coop.sangtao.identity.tenant.TenantStatus;
import vn.coop.sangtao.identity.user.Role;
import vn.coop.sangtao.identity.user.UserAccount;
import vn.coop.sangtao.identity.user.UserRepository;

/**
 * Membership's tenant events go through the real broker into identity, and tokens follow: the
 * 2025 merger of Hà Nam and Nam Định into Ninh Bình, and a tenant created by mistake and retired.
 * Each test uses tenants of its own, because all share one broker and one store.
 */
class TenantEventsTests extends IdentityServiceTestBase {

	private static final String PASSWORD = "sangtao-demo";

	@Autowired
	private UserRepository users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private KnownTenantRepository tenants;

	@Test
	void shouldCarrySurvivorTenantWhenUserTenantWasMerged() throws Exception {
		String username = person("ha-nam");
		try (MembershipTenantTopic topic = tenantTopic()) {
			topic.publish(CREATED, "ha-nam", ContractValidator.example(CREATED));
			topic.publish(MERGED, "ha-nam", ContractValidator.example(MERGED));
		}
		awaitStatus("ha-nam", TenantStatus.MERGED);

		OAuthBrowser browser = browser();
		JsonNode tokens = browser.tokens(username, PASSWORD);

		String accessToken = tokens.get("access_token").asString();
		assertThat(Jwts.claims(accessToken).getStringClaim("tenant")).isEqualTo("ninh-binh");
		assertThat(Jwts.claims(tokens.get("id_token").asString()).getStringClaim("tenant")).isEqualTo("ninh-binh");
		HttpResponse<String> userInfo = browser.userInfo(accessToken);
		assertThat(userInfo.statusCode()).isEqualTo(200);
		assertThat(Jwts.json(userInfo.body()).get("tenant").asString()).isEqualTo("ninh-binh");
		assertThat(users.findByUsername(username).orElseThrow().tenant()).isEqualTo("ha-nam");
	}

	@Test
	void shouldRefuseLoginWhenUserTenantIsRetired() {
		String username = person("thu-nghiem");
		assertThat(browser().login(username, PASSWORD, Pkce.verifier())).isPresent();
		try (MembershipTenantTopic topic = tenantTopic()) {
			topic.publish(CREATED, "thu-nghiem", MembershipTenantTopic.created("thu-nghiem", "Thử nghiệm"));
			topic.publish(RETIRED, "thu-nghiem", ContractValidator.example(RETIRED));
		}
		awaitStatus("thu-nghiem", TenantStatus.RETIRED);

		assertThat(browser().login(username, PASSWORD, Pkce.verifier())).isEmpty();
	}

	@Test
	void shouldRefuseTokenWhenTenantIsRetiredBetweenLoginAndExchange() {
		String username = person("thu-nghiem-2");
		OAuthBrowser browser = browser();
		String verifier = Pkce.verifier();
		String code = browser.login(username, PASSWORD, verifier).orElseThrow();
		try (MembershipTenantTopic topic = tenantTopic()) {
			topic.publish(RETIRED, "thu-nghiem-2", MembershipTenantTopic.retired("thu-nghiem-2"));
		}
		awaitStatus("thu-nghiem-2", TenantStatus.RETIRED);

		HttpResponse<String> response = browser.exchange(code, verifier);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("invalid_grant").doesNotContain("access_token");
	}

	@Test
	void shouldChangeNothingWhenTenantEventsAreRedelivered() throws Exception {
		String username = person("nam-dinh");
		String created = MembershipTenantTopic.created("nam-dinh", "Liên minh HTX tỉnh Nam Định");
		String merged = MembershipTenantTopic.merged("nam-dinh", "ninh-binh");
		String createdId = UUID.randomUUID().toString();
		String mergedId = UUID.randomUUID().toString();
		try (MembershipTenantTopic topic = tenantTopic()) {
			topic.publish(createdId, CREATED, "nam-dinh", created);
			topic.publish(mergedId, MERGED, "nam-dinh", merged);
			topic.awaitConsumed();
			KnownTenant before = tenants.find("nam-dinh").orElseThrow();
			long countBefore = tenants.count();

			// the relay re-sends after a crash, and the creation is redelivered after the merger
			topic.publish(mergedId, MERGED, "nam-dinh", merged);
			topic.publish(createdId, CREATED, "nam-dinh", created);
			topic.awaitConsumed();

			assertThat(before).isEqualTo(
					new KnownTenant("nam-dinh", "Liên minh HTX tỉnh Nam Định", TenantStatus.MERGED, "ninh-binh"));
			assertThat(tenants.find("nam-dinh")).contains(before);
			assertThat(tenants.count()).isEqualTo(countBefore);
		}
		JsonNode tokens = browser().tokens(username, PASSWORD);
		assertThat(Jwts.claims(tokens.get("access_token").asString()).getStringClaim("tenant")).isEqualTo("ninh-binh");
	}

	@Test
	void shouldDeadLetterAndGoOnWhenTenantEventIsUnreadable() {
		String poisonId = UUID.randomUUID().toString();
		String withoutSurvivor = "{\"tenantId\":\"ha-tay\",\"effectiveOn\":\"2008-08-01\",\"moved\":{}}";
		try (MembershipTenantTopic topic = tenantTopic()) {
			topic.send(poisonId, MERGED, "ha-tay", withoutSurvivor);
			topic.publish(CREATED, "ha-tay", MembershipTenantTopic.created("ha-tay", "Liên minh HTX tỉnh Hà Tây"));

			ConsumerRecord<String, String> dead = topic.awaitDeadLetter(poisonId);

			assertThat(dead.value()).isEqualTo(withoutSurvivor);
			assertThat(MembershipTenantTopic.header(dead, "ce_type")).contains(MERGED);
		}
		awaitStatus("ha-tay", TenantStatus.ACTIVE);
		assertThat(tenants.find("ha-tay").orElseThrow().mergedInto()).isNull();
	}

	/** A person of the given tenant, unique to the calling test. */
	private String person(String tenant) {
		String username = tenant + ".officer-" + UUID.randomUUID();
		users.insert(new UserAccount(null, username, passwordEncoder.encode(PASSWORD), tenant,
				List.of(Role.EMULATION_OFFICER), "Trần Văn Nam", true, null));
		return username;
	}

	private void awaitStatus(String tenantId, TenantStatus status) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> tenants.find(tenantId).map(KnownTenant::status).orElse(null) == status);
	}

}
