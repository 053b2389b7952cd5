package vn.coop.sangtao.integrations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Webhook endpoints of outside systems, and signed, retried deliveries of Sangtao's public events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegrationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntegrationsApplication.class, args);
    }
}
