package vn.coop.sangtao.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

import vn.coop.sangtao.identity.support.TestMongo;
import vn.coop.sangtao.identity.tenant.KnownTenantRepository;
import vn.coop.sangtao.identity.tenant.TenantResolver;
import vn.coop.sangtao.identity.user.UserRepository;

/** Machine clients follow their tenant as people do; the local profile has none of a merged tenant. */
class TenantClaimsCustomizerTests {

	private KnownTenantRepository tenants;

	private TenantClaimsCustomizer customizer;

	@BeforeEach
	void connect() {
		MongoTemplate mongo = TestMongo.freshDatabase("claims");
		tenants = new KnownTenantRepository(mongo);
		customizer = new TenantClaimsCustomizer(new UserRepository(mongo), new TenantResolver(tenants));
	}

	@Test
	void shouldCarrySurvivorTenantWhenMachineClientTenantWasMerged() {
		tenants.merged("ha-nam", "ninh-binh");
		JwtEncodingContext context = machineToken("hn-integration", "ha-nam");

		customizer.customize(context);

		JwtClaimsSet claims = context.getClaims().build();
		assertThat(claims.getClaimAsString("tenant")).isEqualTo("ninh-binh");
		assertThat(claims.getClaimAsStringList("roles")).containsExactly("INTEGRATION");
		assertThat(claims.hasClaim("unit")).isFalse();
	}

	@Test
	void shouldRefuseTokenWhenMachineClientTenantIsRetired() {
		tenants.retired("thu-nghiem");
		JwtEncodingContext context = machineToken("tn-integration", "thu-nghiem");

		assertThatThrownBy(() -> customizer.customize(context)).isInstanceOf(OAuth2AuthenticationException.class)
			.extracting((ex) -> ((OAuth2AuthenticationException) ex).getError().getErrorCode())
			.isEqualTo("unauthorized_client");
	}

	@Test
	void shouldKeepTenantWhenMachineClientTenantIsUnknown() {
		JwtEncodingContext context = machineToken("qt-integration", "quang-tri");

		customizer.customize(context);

		assertThat(context.getClaims().build().getClaimAsString("tenant")).isEqualTo("quang-tri");
	}

	private static JwtEncodingContext machineToken(String clientId, String tenant) {
		RegisteredClient client = RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientSecret("{noop}secret")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder()
				.setting("sangtao.claims.tenant", tenant)
				.setting("sangtao.claims.roles", List.of("INTEGRATION"))
				.build())
			.build();
		return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), JwtClaimsSet.builder())
			.registeredClient(client)
			.principal(UsernamePasswordAuthenticationToken.authenticated(clientId, null, List.of()))
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenType(OAuth2TokenType.ACCESS_TOKEN)
			.build();
	}

}
