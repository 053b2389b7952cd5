package vn.coop.sangtao.console.api;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.console.config.ConsoleProperties;
import vn.coop.sangtao.console.config.SecurityConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the services through the gateway as the signed-in user: their access token (refreshed when
 * expired), their language, and a problem answer turned into a {@link ServiceProblem}. Answers are
 * read as plain maps: the console shows what the services say and keeps no model of its own.
 */
@Component
public class ServiceApi {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT_TYPE = new TypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> ARRAY = new ParameterizedTypeReference<>() {
    };

    private final RestClient client;
    private final String gateway;
    private final OAuth2AuthorizedClientManager tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    ServiceApi(ConsoleProperties properties, OAuth2AuthorizedClientManager tokens) {
        // the JDK's client: it sends PATCH, which HttpURLConnection cannot
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(properties.callTimeout());
        this.client = RestClient.builder().requestFactory(requests).build();
        this.gateway = properties.gatewayUri().replaceAll("/+$", "");
        this.tokens = tokens;
    }

    /** An encoded path with its query: {@code path("/api/x", "q", q, "page", 0)}; blank values are left out. */
    public static String path(String path, Object... params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            Object value = params[i + 1];
            if (value != null && !String.valueOf(value).isBlank()) {
                uri.queryParam(String.valueOf(params[i]), value);
            }
        }
        return uri.encode().build().toUriString();
    }

    public Map<String, Object> get(String uri) {
        return call(HttpMethod.GET, uri, null, OBJECT);
    }

    public List<Map<String, Object>> getList(String uri) {
        return call(HttpMethod.GET, uri, null, ARRAY);
    }

    /** The items of a page answer ({@code items}, {@code total}, ...). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page == null ? null : page.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    public Map<String, Object> post(String uri, Object body) {
        return call(HttpMethod.POST, uri, body, OBJECT);
    }

    public Map<String, Object> put(String uri, Object body) {
        return call(HttpMethod.PUT, uri, body, OBJECT);
    }

    public Map<String, Object> patch(String uri, Object body) {
        return call(HttpMethod.PATCH, uri, body, OBJECT);
    }

    /** Deletes; the answer, if the service gives one, or an empty map. */
    public Map<String, Object> delete(String uri) {
        Map<String, Object> answer = call(HttpMethod.DELETE, uri, null, OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** A document (a PDF, a spreadsheet), as bytes. */
    public byte[] download(String uri) {
        return file(uri).getBody();
    }

    /** A stored file with the type and name the service gives it. */
    public ResponseEntity<byte[]> file(String uri) {
        try {
            return exchange(HttpMethod.GET, uri, null).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                    .toEntity(byte[].class);
        } catch (ResourceAccessException unreachable) {
            throw unavailable();
        }
    }

    /** Uploads one file as the multipart part {@code file}. */
    public Map<String, Object> upload(String uri, String filename, String contentType, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType));
        headers.setContentDisposition(ContentDisposition.formData().name("file").filename(filename, StandardCharsets.UTF_8).build());
        parts.add("file", new HttpEntity<>(content, headers));
        try {
            return exchange(HttpMethod.POST, uri, null).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                    .body(OBJECT);
        } catch (ResourceAccessException unreachable) {
            throw unavailable();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T call(HttpMethod method, String uri, Object body, ParameterizedTypeReference<T> type) {
        try {
            return (T) Fields.wrap(exchange(method, uri, body).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                    .body(type));
        } catch (ResourceAccessException unreachable) {
            throw unavailable();
        }
    }

    private RestClient.RequestBodySpec exchange(HttpMethod method, String uri, Object body) {
        RestClient.RequestBodySpec spec = client.method(method).uri(URI.create(gateway + uri))
                .headers(headers -> {
                    headers.setBearerAuth(accessToken());
                    headers.set("Accept-Language", LocaleContextHolder.getLocale().toLanguageTag());
                })
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec;
    }

    private String accessToken() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient authorized = tokens.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(SecurityConfig.REGISTRATION).principal(user).build());
        if (authorized == null) {
            throw new ServiceProblem(401, null, null, "signed-out", Map.of());
        }
        return authorized.getAccessToken().getTokenValue();
    }

    private void fail(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] bytes = response.getBody().readAllBytes();
        Map<String, Object> problem;
        try {
            problem = bytes.length == 0 ? Map.of() : json.readValue(bytes, OBJECT_TYPE);
        } catch (RuntimeException notJson) {
            problem = Map.of();
        }
        throw ServiceProblem.of(status, problem);
    }

    private static ServiceProblem unavailable() {
        return new ServiceProblem(503, null, null, "unreachable", Map.of());
    }
}
