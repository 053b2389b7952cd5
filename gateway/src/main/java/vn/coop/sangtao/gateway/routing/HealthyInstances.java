package vn.coop.sangtao.gateway.routing;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The instances an lb:// route chooses from: those listed for the service that answer their readiness
 * check ({@code spring.cloud.loadbalancer.health-check.*}). The checks go out on a plain WebClient of
 * their own: with Spring Cloud's ready-made setting ({@code configurations: health-check}), whose checks
 * use the application's WebClient.Builder, no instance ever passed in the gateway and every call
 * answered 503.
 * <p>
 * Loaded into each route's own load-balancer context, never by component scanning (it carries no
 * annotation): there it would be asked for a service that does not exist.
 */
public class HealthyInstances {

    @Bean
    ServiceInstanceListSupplier instancesAnsweringTheirChecks(ConfigurableApplicationContext context) {
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .withHealthChecks(WebClient.create())
                .build(context);
    }
}
