package vn.coop.sangtao.identity.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Authorizations (authorization codes, refresh tokens, the tokens issued with them) in the
 * {@code authorizations} collection, so that a code issued by one identity instance is exchanged at
 * another and a refresh token outlives the instance that issued it. Each token's value is a field of
 * its own, indexed, for the token endpoint's and revocation's lookups; the authorization itself is
 * stored whole ({@link StoredObjects}). It leaves a MongoDB replica set (a TTL index) once every token
 * in it has expired.
 */
class StoredAuthorizationService implements OAuth2AuthorizationService {

	static final String COLLECTION = "authorizations";

	/** A token type's field, and how to find that token in an authorization. */
	private record TokenField(String field, String tokenType, Class<? extends AbstractOAuth2Token> type) {
	}

	private static final List<TokenField> TOKENS = List.of(
			new TokenField("authorizationCode", OAuth2ParameterNames.CODE, OAuth2AuthorizationCode.class),
			new TokenField("accessToken", OAuth2TokenType.ACCESS_TOKEN.getValue(), OAuth2AccessToken.class),
			new TokenField("refreshToken", OAuth2TokenType.REFRESH_TOKEN.getValue(), OAuth2RefreshToken.class),
			new TokenField("idToken", OidcParameterNames.ID_TOKEN, OidcIdToken.class),
			new TokenField("userCode", OAuth2ParameterNames.USER_CODE, OAuth2UserCode.class),
			new TokenField("deviceCode", OAuth2ParameterNames.DEVICE_CODE, OAuth2DeviceCode.class));

	private static final String STATE = "state";

	/** How long an authorization without any expiring token (one still waiting for its code) is kept. */
	private static final Duration UNFINISHED = Duration.ofHours(1);

	private final MongoTemplate mongo;

	StoredAuthorizationService(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void ensureIndexes() {
		mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO));
		mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE, Sort.Direction.ASC).sparse());
		TOKENS.forEach(token -> mongo.indexOps(COLLECTION)
			.createIndex(new Index().on(token.field(), Sort.Direction.ASC).sparse()));
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		Document stored = new Document("_id", authorization.getId())
			.append("registeredClientId", authorization.getRegisteredClientId())
			.append("principalName", authorization.getPrincipalName());
		String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
		if (state != null) {
			stored.append(STATE, state);
		}
		Instant expireAt = Instant.now().plus(UNFINISHED);
		for (TokenField field : TOKENS) {
			OAuth2Authorization.Token<? extends AbstractOAuth2Token> token = authorization.getToken(field.type());
			if (token != null) {
				stored.append(field.field(), token.getToken().getTokenValue());
				Instant expiresAt = token.getToken().getExpiresAt();
				if (expiresAt != null && expiresAt.isAfter(expireAt)) {
					expireAt = expiresAt;
				}
			}
		}
		stored.append("expireAt", Date.from(expireAt)).append("data", new Binary(StoredObjects.write(authorization)));
		mongo.getCollection(COLLECTION).replaceOne(new Document("_id", authorization.getId()), stored,
				new ReplaceOptions().upsert(true));
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		mongo.remove(Query.query(where("_id").is(authorization.getId())), COLLECTION);
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return read(Query.query(where("_id").is(id)));
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		if (tokenType == null) {
			// revocation and introspection without a hint: any kind of token
			List<Criteria> any = new ArrayList<>();
			any.add(where(STATE).is(token));
			TOKENS.forEach(field -> any.add(where(field.field()).is(token)));
			return read(Query.query(new Criteria().orOperator(any)));
		}
		return fieldOf(tokenType.getValue()).map(field -> read(Query.query(where(field).is(token)))).orElse(null);
	}

	private static Optional<String> fieldOf(String tokenType) {
		if (OAuth2ParameterNames.STATE.equals(tokenType)) {
			return Optional.of(STATE);
		}
		return TOKENS.stream().filter(field -> field.tokenType().equals(tokenType)).map(TokenField::field).findFirst();
	}

	private OAuth2Authorization read(Query query) {
		Document found = mongo.findOne(query, Document.class, COLLECTION);
		return found == null ? null
				: StoredObjects.read(found.get("data", Binary.class).getData(), OAuth2Authorization.class, "authorization")
					.orElse(null);
	}

}
