package vn.coop.sangtao.console.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where the console finds the services and how it signs users in.
 *
 * @param gatewayUri   the gateway, through which every call to a service goes with the user's token
 * @param publicUri    where browsers reach the console (https://sangtao.vn): its sign-in callback and
 *                     signed-out page are built from it; without it, from the address of each request,
 *                     which behind a proxy that ends TLS would say http
 * @param identityUri  identity as the console reaches it (token, keys and user info)
 * @param issuer       identity's issuer, also the address browsers are sent to for sign-in
 * @param clientId     the console's OAuth2 client at identity
 * @param clientSecret its secret; the local profile sets the local one, production injects it
 * @param callTimeout  how long a page waits for a service before showing "service unavailable"
 */
@ConfigurationProperties("sangtao.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8080") String gatewayUri,
                                String publicUri,
                                @DefaultValue("http://localhost:9000") String identityUri,
                                @DefaultValue("http://localhost:9000") String issuer,
                                @DefaultValue("console") String clientId,
                                String clientSecret,
                                @DefaultValue("10s") Duration callTimeout) {

    /** An address of the console as browsers reach it; {@code {baseUrl}} (the request's) without a public URI. */
    public String publicPath(String path) {
        return (publicUri == null || publicUri.isBlank() ? "{baseUrl}" : strip(publicUri)) + path;
    }

    public String identity(String path) {
        return strip(identityUri) + path;
    }

    public String issuerPath(String path) {
        return strip(issuer) + path;
    }

    private static String strip(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
