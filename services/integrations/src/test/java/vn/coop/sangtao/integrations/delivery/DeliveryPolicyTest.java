package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPolicyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-06-30T09:00:00Z"), ZoneOffset.UTC);
    private final DeliveryPolicy policy = new DeliveryPolicy(new RetrySchedule(
            List.of(Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofHours(24))));

    private Attempt answered(Integer status, Long retryAfter) {
        return new Attempt(clock.instant(), status, status == null ? "ConnectException" : null, 12, "", retryAfter);
    }

    @Test
    void shouldWaitAlongTheScheduleWithJitterWhenAttemptsFail() {
        assertThat(policy.decide(answered(500, null), 0).nextAttemptAt())
                .isBetween(clock.instant().plusSeconds(5), clock.instant().plusMillis(5500));
        assertThat(policy.decide(answered(null, null), 1).nextAttemptAt())
                .isBetween(clock.instant().plus(Duration.ofMinutes(30)), clock.instant().plus(Duration.ofMinutes(33)));
        assertThat(policy.decide(answered(502, null), 2).verdict()).isEqualTo(DeliveryPolicy.Verdict.RETRY);
        assertThat(policy.decide(answered(502, null), 3).verdict()).isEqualTo(DeliveryPolicy.Verdict.EXHAUSTED);
    }

    @Test
    void shouldWaitAsLongAsTheEndpointAsksWhenItAnswersRetryAfter() {
        assertThat(policy.decide(answered(429, 120L), 0).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(120));
        assertThat(policy.decide(answered(503, 1L), 0).nextAttemptAt())
                .isAfterOrEqualTo(clock.instant().plusSeconds(5));
    }

    @Test
    void shouldDeliverOnAny2xxAndGiveUpOnGone() {
        assertThat(policy.decide(answered(204, null), 0).verdict()).isEqualTo(DeliveryPolicy.Verdict.DELIVERED);
        assertThat(policy.decide(answered(299, null), 5).verdict()).isEqualTo(DeliveryPolicy.Verdict.DELIVERED);
        assertThat(policy.decide(answered(301, null), 0).verdict()).isEqualTo(DeliveryPolicy.Verdict.RETRY);
        assertThat(policy.decide(answered(410, null), 0).verdict()).isEqualTo(DeliveryPolicy.Verdict.GONE);
    }
}
