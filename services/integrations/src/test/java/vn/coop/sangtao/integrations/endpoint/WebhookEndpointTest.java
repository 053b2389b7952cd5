package vn.coop.sangtao.integrations.endpoint;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-06-30T09:00:00Z");
    private static final List<String> TYPES = List.of(PublicEventTypes.INITIATIVE_SUBMITTED);

    private static WebhookEndpoint endpoint(String url, boolean allowHttp) {
        return WebhookEndpoint.register("ninh-binh",
                new WebhookEndpoint.Registration(url, "Cổng thông tin tỉnh", TYPES, false, allowHttp), NOW);
    }

    @Test
    void shouldSignWithBothSecretsDuringTheGraceAndWithTheNewOneAfter() {
        WebhookEndpoint before = endpoint("https://portal.ninhbinh.gov.vn/hooks", false);
        WebhookEndpoint rotated = before.rotateSecret(NOW, Duration.ofHours(24));
        assertThat(rotated.secret()).isNotEqualTo(before.secret()).startsWith("whsec_");
        assertThat(rotated.signingSecrets(NOW.plus(Duration.ofHours(23))))
                .containsExactly(rotated.secret(), before.secret());
        assertThat(rotated.signingSecrets(NOW.plus(Duration.ofHours(24)))).containsExactly(rotated.secret());
    }

    @Test
    void shouldRequireHttpsWhenPlainHttpIsNotAllowed() {
        assertThatThrownBy(() -> endpoint("http://portal.ninhbinh.gov.vn/hooks", false))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo("invalid-endpoint"));
        assertThat(endpoint("http://localhost:8765/webhook", true).enabled()).isTrue();
    }

    @Test
    void shouldKeepTheReasonWhenSwitchedOffAndClearItWhenSwitchedOn() {
        WebhookEndpoint off = endpoint("https://a.vn/h", false).switchedOn(false, "410 Gone");
        assertThat(off.enabled()).isFalse();
        assertThat(off.disabledReason()).isEqualTo("410 Gone");
        assertThat(off.switchedOn(true, null).disabledReason()).isNull();
    }
}
