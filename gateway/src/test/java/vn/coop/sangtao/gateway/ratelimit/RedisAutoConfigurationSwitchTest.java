package vn.coop.sangtao.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RedisAutoConfigurationSwitchTest {

    private final RedisAutoConfigurationSwitch redisSwitch = new RedisAutoConfigurationSwitch();

    @Test
    void shouldExcludeRedisAndKeepOtherExclusionsWhenStoreIsMemory() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.autoconfigure.exclude", "com.example.Other");

        redisSwitch.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .contains("com.example.Other")
                .contains("org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration");
    }

    @Test
    void shouldLeaveRedisAloneWhenStoreIsRedis() {
        MockEnvironment environment = new MockEnvironment().withProperty(RateLimitProperties.STORE, "redis");

        redisSwitch.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
    }
}
