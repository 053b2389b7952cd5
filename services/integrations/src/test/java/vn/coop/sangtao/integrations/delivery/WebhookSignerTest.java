package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    @Test
    void shouldMatchTheStandardWebhooksReferenceVectorWhenSigning() {
        assertThat(WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldChangeTheSignatureWhenTheBodyChanges() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        assertThat(WebhookSigner.sign(secret, "id", 1, "{}")).isNotEqualTo(WebhookSigner.sign(secret, "id", 1, "{ }"));
    }

    @Test
    void shouldWaitLongerWithinJitterWhenRetriesGoOnAndStopWhenTheScheduleIsSpent() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)));
        assertThat(schedule.afterAttempt(1)).get().satisfies(d ->
                assertThat(d).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11)));
        assertThat(schedule.afterAttempt(2)).get().satisfies(d ->
                assertThat(d).isBetween(Duration.ofMinutes(1), Duration.ofSeconds(66)));
        assertThat(schedule.afterAttempt(3)).isEmpty();
    }
}
