package vn.coop.sangtao.identity.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Drives identity the way a browser (and the end-to-end scripts) do: cookies kept, redirects
 * followed one by one by hand so that every hop can be checked.
 */
public final class OAuthBrowser {

	public static final String CLI = "sangtao-cli";

	public static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

	private final String base;

	private final HttpClient http;

	OAuthBrowser(String base) {
		this(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
	}

	private OAuthBrowser(String base, HttpClient http) {
		this.base = base;
		this.http = http;
	}

	/** The same browser (its cookies) speaking to another instance of identity. */
	public OAuthBrowser at(String otherBase) {
		return new OAuthBrowser(otherBase, http);
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET().build());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> form, String basicAuth) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (basicAuth != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
		}
		return send(request.build());
	}

	public String authorizePath(String challenge) {
		return "/oauth2/authorize?response_type=code&client_id=" + CLI + "&redirect_uri=" + url(REDIRECT_URI)
				+ "&scope=openid%20profile&code_challenge=" + challenge + "&code_challenge_method=S256&state=s1";
	}

	/** The browser part of the flow; empty when the login is refused. */
	public Optional<String> login(String username, String password, String verifier) {
		HttpResponse<String> toLogin = get(authorizePath(Pkce.challenge(verifier)));
		HttpResponse<String> loginPage = get(location(toLogin));
		Matcher csrf = CSRF.matcher(loginPage.body());
		if (!csrf.find()) {
			throw new IllegalStateException("login page has no _csrf input");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", csrf.group(1));
		String afterLogin = location(postForm("/login", form, null));
		if (!afterLogin.contains("/oauth2/authorize")) {
			return Optional.empty();
		}
		Matcher code = CODE.matcher(location(get(afterLogin)));
		return code.find() ? Optional.of(code.group(1)) : Optional.empty();
	}

	public HttpResponse<String> exchange(String code, String verifier) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", REDIRECT_URI);
		form.put("client_id", CLI);
		form.put("code_verifier", verifier);
		return postForm("/oauth2/token", form, null);
	}

	/** The whole flow for a user who may sign in; fails when the login or the exchange is refused. */
	public JsonNode tokens(String username, String password) {
		String verifier = Pkce.verifier();
		String code = login(username, password, verifier)
			.orElseThrow(() -> new IllegalStateException("login refused for " + username));
		HttpResponse<String> response = exchange(code, verifier);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token exchange answered " + response.statusCode() + ": " + response.body());
		}
		return Jwts.json(response.body());
	}

	public HttpResponse<String> userInfo(String accessToken) {
		return send(HttpRequest.newBuilder(resolve("/userinfo")).header("Authorization", "Bearer " + accessToken).build());
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private URI resolve(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> url(e.getKey()) + "=" + url(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String url(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
