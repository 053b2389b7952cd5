package vn.coop.sangtao.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web console answers every path that is not the gateway's own: the services' APIs, health and
 * metrics, the fallback, and Swagger UI with its webjars. It is the last route, so a path under
 * {@code /api/} that no service owns still gets the gateway's 404 problem rather than a console page.
 * The console signs its users in itself (a session cookie), so these paths pass the gateway without
 * a token.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRouting {

    /** The paths the gateway keeps for itself. */
    static final String[] GATEWAY_PATHS = {
        "/api/**", "/actuator/**", "/gateway/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**"
    };

    @Bean
    RouteLocator consoleRoute(RouteLocatorBuilder routes, @Value("${sangtao.routes.console}") String console) {
        return routes.routes()
                .route("console", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .not(paths -> paths.path(GATEWAY_PATHS))
                        // the console builds its sign-in callback from the Host the browser used
                        .filters(filter -> filter.preserveHostHeader()
                                .circuitBreaker(breaker -> breaker.setName("console")
                                        .setFallbackUri("forward:/gateway/fallback")))
                        .uri(console))
                .build();
    }
}
