package vn.coop.sangtao.local;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets tokens from the identity service, for scripts and tests.
 * <ul>
 * <li>{@link #userToken(String, String)}: as a person would in a browser: the public client
 * {@code sangtao-cli}, authorization code with PKCE (S256), the login form, and the code exchanged at the
 * token endpoint. No redirect is followed automatically; the final redirect to
 * {@value #REDIRECT_URI} is only read, nothing listens there.</li>
 * <li>{@link #clientCredentials(String, String)}: a machine client (HTTP Basic).</li>
 * </ul>
 * Every failure is a {@link TokenException} naming the step and the HTTP status.
 */
public final class TokenClient {

	public static final String CLIENT_ID = "sangtao-cli";

	public static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

	private static final Pattern CSRF = Pattern.compile(
			"<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"|<input[^>]*value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final URI identity;

	private final Duration timeout;

	/** @param identityUrl e.g. {@code http://localhost:9000} */
	public TokenClient(String identityUrl) {
		this(identityUrl, Duration.ofSeconds(20));
	}

	public TokenClient(String identityUrl, Duration timeout) {
		String base = identityUrl.endsWith("/") ? identityUrl.substring(0, identityUrl.length() - 1) : identityUrl;
		this.identity = URI.create(base + "/");
		this.timeout = timeout;
	}

	/** The access token of a user (authorization code + PKCE, scopes {@code openid profile}). */
	public String userToken(String username, String password) {
		return userTokens(username, password).accessToken();
	}

	/** The token response of a user login (access token, ID token, refresh token if issued). */
	public Tokens userTokens(String username, String password) {
		// a fresh cookie jar per login: each login is a new browser session
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.connectTimeout(this.timeout)
			.build();
		String verifier = random(32);
		String challenge = base64Url(sha256(verifier));
		String state = random(16);

		Map<String, String> authorizeParams = new LinkedHashMap<>();
		authorizeParams.put("response_type", "code");
		authorizeParams.put("client_id", CLIENT_ID);
		authorizeParams.put("redirect_uri", REDIRECT_URI);
		authorizeParams.put("scope", "openid profile");
		authorizeParams.put("code_challenge", challenge);
		authorizeParams.put("code_challenge_method", "S256");
		authorizeParams.put("state", state);
		URI authorize = this.identity.resolve("oauth2/authorize?" + form(authorizeParams));

		HttpResponse<String> response = send(http, get(authorize), "authorize");
		URI loginPage = redirect(response, authorize, "authorize (expected a redirect to the login page)");

		response = send(http, get(loginPage), "login page");
		expect(response, 200, "login page");
		String csrf = csrf(response.body());

		Map<String, String> loginForm = new LinkedHashMap<>();
		loginForm.put("username", username);
		loginForm.put("password", password);
		if (csrf != null) {
			loginForm.put("_csrf", csrf);
		}
		URI loginUri = this.identity.resolve("login");
		response = send(http, postForm(loginUri, loginForm, null), "login");
		URI afterLogin = redirect(response, loginUri, "login");
		if (afterLogin.getPath().endsWith("/login") && afterLogin.getQuery() != null
				&& afterLogin.getQuery().contains("error")) {
			throw new TokenException("login", response.statusCode(), "bad credentials for " + username);
		}

		URI current = afterLogin;
		String code = null;
		for (int hop = 0; hop < 5 && code == null; hop++) {
			if (current.toString().startsWith(REDIRECT_URI)) {
				Map<String, String> query = query(current);
				if (query.containsKey("error")) {
					throw new TokenException("authorize", 302, "error " + query.get("error") + ": "
							+ query.getOrDefault("error_description", ""));
				}
				if (!state.equals(query.get("state"))) {
					throw new TokenException("authorize", 302, "state mismatch in " + current);
				}
				code = query.get("code");
				if (code == null) {
					throw new TokenException("authorize", 302, "no code in " + current);
				}
				break;
			}
			response = send(http, get(current), "authorize after login");
			if (response.statusCode() == 200) {
				throw new TokenException("authorize after login", 200,
						"expected a redirect with the code; got a page (consent required?) at " + current);
			}
			current = redirect(response, current, "authorize after login");
		}
		if (code == null) {
			throw new TokenException("authorize after login", response.statusCode(), "too many redirects, last " + current);
		}

		Map<String, String> tokenForm = new LinkedHashMap<>();
		tokenForm.put("grant_type", "authorization_code");
		tokenForm.put("code", code);
		tokenForm.put("redirect_uri", REDIRECT_URI);
		tokenForm.put("client_id", CLIENT_ID);
		tokenForm.put("code_verifier", verifier);
		return tokens(send(http, postForm(this.identity.resolve("oauth2/token"), tokenForm, null), "token"), "token");
	}

	/** The access token of a machine client (client credentials, HTTP Basic). */
	public String clientCredentials(String clientId, String secret) {
		return clientCredentials(clientId, secret, null).accessToken();
	}

	/** The token response of a machine client; {@code scope} may be null for the client's default scopes. */
	public Tokens clientCredentials(String clientId, String secret, String scope) {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(this.timeout)
			.build();
		Map<String, String> tokenForm = new LinkedHashMap<>();
		tokenForm.put("grant_type", "client_credentials");
		if (scope != null) {
			tokenForm.put("scope", scope);
		}
		String basic = Base64.getEncoder()
			.encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
		return tokens(send(http, postForm(this.identity.resolve("oauth2/token"), tokenForm, "Basic " + basic),
				"client credentials token"), "client credentials token");
	}

	/**
	 * Prints an access token, for scripts: {@code TOKEN=$(java -cp ... vn.coop.sangtao.local.TokenClient --user nb.officer)}.
	 * <pre>
	 * TokenClient [--identity http://localhost:9000] --user NAME [--password sangtao-demo]
	 * TokenClient [--identity http://localhost:9000] --client ID --secret SECRET
	 * </pre>
	 */
	public static void main(String[] args) {
		try {
			CommandLine line = CommandLine.parse(args, java.util.Set.of());
			TokenClient client = new TokenClient(line.optional("identity", "http://localhost:9000"));
			if (line.has("client")) {
				System.out.println(client.clientCredentials(line.required("client"), line.required("secret")));
			}
			else {
				System.out.println(client.userToken(line.required("user"), line.optional("password", LocalRun.DEMO_PASSWORD)));
			}
		}
		catch (IllegalArgumentException | TokenException ex) {
			System.err.println(ex.getMessage());
			System.err.println("Usage: TokenClient [--identity URL] --user NAME [--password PASSWORD]\n"
					+ "       TokenClient [--identity URL] --client ID --secret SECRET");
			System.exit(1);
		}
	}

	/** The claims of a JWT (its payload decoded, signature not checked): for assertions in tests. */
	public static JsonNode claims(String jwt) {
		String[] parts = jwt.split("\\.");
		if (parts.length < 2) {
			throw new IllegalArgumentException("Not a JWT");
		}
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
	}

	/** A token endpoint response. */
	public record Tokens(String accessToken, String tokenType, long expiresIn, String idToken, String refreshToken,
			String scope) {
	}

	/** A step of getting a token failed. */
	public static final class TokenException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String step;

		private final int status;

		public TokenException(String step, int status, String detail) {
			super(step + " failed" + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + detail);
			this.step = step;
			this.status = status;
		}

		/** Which step failed: authorize, login page, login, authorize after login, token, ... */
		public String step() {
			return this.step;
		}

		/** The HTTP status of that step, or 0 if there was no answer. */
		public int status() {
			return this.status;
		}

	}

	// ---------------------------------------------------------------- internals

	private Tokens tokens(HttpResponse<String> response, String step) {
		expect(response, 200, step);
		JsonNode json;
		try {
			json = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			throw new TokenException(step, response.statusCode(), "not JSON: " + abbreviate(response.body()));
		}
		String accessToken = text(json, "access_token");
		if (accessToken == null) {
			throw new TokenException(step, response.statusCode(), "no access_token in " + abbreviate(response.body()));
		}
		return new Tokens(accessToken, text(json, "token_type"),
				json.has("expires_in") ? json.get("expires_in").asLong() : 0, text(json, "id_token"),
				text(json, "refresh_token"), text(json, "scope"));
	}

	private static String text(JsonNode json, String field) {
		JsonNode node = json.get(field);
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private HttpRequest get(URI uri) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			// as a browser: Spring Security does not save (and so does not return to) a request that accepts JSON
			.header("Accept", "text/html,application/xhtml+xml")
			.GET();
		return builder.build();
	}

	private HttpRequest postForm(URI uri, Map<String, String> fields, String authorization) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", uri.getPath().endsWith("/login") ? "text/html,application/xhtml+xml" : "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder.build();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request, String step) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new TokenException(step, 0, "no answer from " + request.uri() + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TokenException(step, 0, "interrupted");
		}
	}

	private static void expect(HttpResponse<String> response, int status, String step) {
		if (response.statusCode() != status) {
			throw new TokenException(step, response.statusCode(),
					"expected " + status + " from " + response.request().uri() + ", body: " + abbreviate(response.body()));
		}
	}

	private static URI redirect(HttpResponse<String> response, URI from, String step) {
		int status = response.statusCode();
		Optional<String> location = response.headers().firstValue("Location");
		if (status < 300 || status > 399 || location.isEmpty()) {
			throw new TokenException(step, status, "expected a redirect from " + from + ", body: " + abbreviate(response.body()));
		}
		return from.resolve(location.get());
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			return null;
		}
		String value = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		return value.replace("&#45;", "-").replace("&amp;", "&").replace("&quot;", "\"").replace("&#x3D;", "=");
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> params = new LinkedHashMap<>();
		String raw = uri.getRawQuery();
		if (raw == null) {
			return params;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.putIfAbsent(key, value);
		}
		return params;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String random(int bytes) {
		byte[] buffer = new byte[bytes];
		RANDOM.nextBytes(buffer);
		return base64Url(buffer);
	}

	private static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String body) {
		if (body == null) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").trim();
		return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
	}

}
