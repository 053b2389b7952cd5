package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Excludes Redis auto-configuration unless the Redis quota store is chosen: otherwise its health
 * indicator would probe a Redis that is not there and report the gateway DOWN.
 */
class RedisAutoConfigurationSwitch implements EnvironmentPostProcessor, Ordered {

    static final String EXCLUDE = "spring.autoconfigure.exclude";
    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("redis".equalsIgnoreCase(environment.getProperty(RateLimitProperties.STORE, "memory").trim())) {
            return;
        }
        List<String> excluded = new ArrayList<>(Binder.get(environment)
                .bind(EXCLUDE, Bindable.listOf(String.class))
                .orElse(List.of()));
        excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(
                new MapPropertySource("sangtaoRedisExclusions", Map.of(EXCLUDE, String.join(",", excluded))));
    }

    /** After application.yml and the command line are loaded, so the chosen store is known. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
