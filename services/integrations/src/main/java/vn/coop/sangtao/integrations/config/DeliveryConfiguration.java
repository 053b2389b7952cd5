package vn.coop.sangtao.integrations.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.coop.sangtao.integrations.delivery.WebhookProperties;
import vn.coop.sangtao.integrations.delivery.WebhookSender;

import java.time.Clock;

@Configuration
/** The HTTP side of deliveries, shared by the worker and test-sends. */
class DeliveryConfiguration {

    @Bean
    WebhookSender webhookSender(WebhookProperties properties, Clock clock) {
        return new WebhookSender(properties.connectTimeout(), properties.requestTimeout(), clock);
    }
}
