package vn.coop.sangtao.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

import java.util.List;
import java.util.Locale;

/** Picks the answer language from Accept-Language: Vietnamese unless the client prefers English. */
final class ProblemLocales {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private ProblemLocales() {
    }

    static Locale resolve(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return chosen == null ? VIETNAMESE : chosen;
        } catch (IllegalArgumentException malformed) {
            // a garbled header must not turn an error answer into another error
            return VIETNAMESE;
        }
    }
}
