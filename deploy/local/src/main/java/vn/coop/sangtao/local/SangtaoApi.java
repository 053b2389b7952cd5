package vn.coop.sangtao.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls Sangtao's APIs through the gateway, as an outside client: the smoke, the demo seed and e2e use it. */
public final class SangtaoApi {

	/** One answer; {@link #json()} parses the body. */
	public record Response(int status, String body, String contentType, java.net.http.HttpHeaders headers) {

		public String header(String name) {
			return this.headers == null ? null : this.headers.firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gatewayUrl;

	public SangtaoApi(String gatewayUrl) {
		this.gatewayUrl = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
	}

	public Response get(String path, String token) {
		return send("GET", path, token, null);
	}

	public Response post(String path, String token, String json) {
		return send("POST", path, token, json);
	}

	public Response send(String method, String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gatewayUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response.headers());
		}
		catch (IOException ex) {
			return new Response(0, ex.getClass().getSimpleName() + ": " + ex.getMessage(), "", null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** Quotes a text as a JSON string. */
	public static String quote(String text) {
		return JSON.writeValueAsString(text);
	}

}
