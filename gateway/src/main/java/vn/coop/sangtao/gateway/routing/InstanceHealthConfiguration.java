package vn.coop.sangtao.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every lb:// route chooses among {@link HealthyInstances}. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = HealthyInstances.class)
public class InstanceHealthConfiguration {
}
