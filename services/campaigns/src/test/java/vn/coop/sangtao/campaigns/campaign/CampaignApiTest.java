package vn.coop.sangtao.campaigns.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class CampaignApiTest {

    private static final String NB = bearer("ninh-binh", "nb.officer", "EMULATION_OFFICER");

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    private ApiClient.Response create(String code) {
        return new ApiClient(port).post("/api/campaigns/campaigns", NB, """
                {"code":"%s","title":"Phong trào thi đua \\"Đoàn kết sáng tạo\\" năm 2026",
                 "legalBasis":[{"number":"84/HD-MTTW-BTT","date":"2022-05-16","issuer":"Ban Thường trực UBTƯ MTTQ Việt Nam"},
                               {"number":"396/LMHTXVN-TTTT","date":"2022-06-16","issuer":"Liên minh Hợp tác xã Việt Nam"}],
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31"}""".formatted(code));
    }

    @Test
    void shouldPublishCreatedThenLaunchedWhenADraftIsLaunched() {
        String id = create("DKST-" + UUID.randomUUID().toString().substring(0, 6)).json().get("id").asString();
        ApiClient.Response launched = new ApiClient(port).post("/api/campaigns/campaigns/" + id + "/launch", NB, null);
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        assertThat(launched.json().get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(launched.json().get("version").asLong()).isEqualTo(1);
        try (EventProbe probe = new EventProbe(brokers, Campaign.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    probe.poll().stream().filter(r -> r.key().endsWith(id)).count() == 2);
            var events = probe.poll().stream().filter(r -> r.key().endsWith(id)).toList();
            assertThat(events.get(0).headers().get("ce_type")).isEqualTo(CampaignCreated.TYPE);
            assertThat(events.get(1).headers().get("ce_type")).isEqualTo(CampaignLaunched.TYPE);
            for (var event : events) {
                String type = event.headers().get("ce_type");
                assertThat(ContractValidator.payloadErrors(type, event.value())).isEmpty();
                assertThat(ContractValidator.headerErrors(type, event.headers())).isEmpty();
            }
        }
    }

    @Test
    void shouldRefuseASecondLaunchWhenTheCampaignIsAlreadyLaunched() {
        String id = create("DKST-" + UUID.randomUUID().toString().substring(0, 6)).json().get("id").asString();
        new ApiClient(port).post("/api/campaigns/campaigns/" + id + "/launch", NB, null);
        assertProblem(new ApiClient(port).post("/api/campaigns/campaigns/" + id + "/launch", NB, null), 422,
                "campaign-not-draft");
    }

    @Test
    void shouldAnswer409WhenTheCodeIsTakenAnd404ForAnotherTenant() {
        String code = "DKST-" + UUID.randomUUID().toString().substring(0, 6);
        String id = create(code).json().get("id").asString();
        assertProblem(create(code), 409, "duplicate-campaign-code");
        assertProblem(new ApiClient(port).post("/api/campaigns/campaigns/" + id + "/launch",
                bearer("quang-tri", "qt.officer", "EMULATION_OFFICER"), null), 404, "not-found");
        assertThat(new ApiClient(port).get("/api/campaigns/campaigns/" + id, NB).json().get("status").asString())
                .isEqualTo("DRAFT");
    }
}
