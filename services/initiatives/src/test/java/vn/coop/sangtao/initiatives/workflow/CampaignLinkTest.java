package vn.coop.sangtao.initiatives.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.initiatives.support.InitiativesApi;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;

/** The integration event names the campaign, so that a receiver can act without calling back. */
@ServiceTest
class CampaignLinkTest extends InitiativesApi {

    private ApiClient.Response submitIn(String unit, String campaignId) {
        return api().post("/api/initiatives/initiatives", NB_MEMBER, """
                {"kind":"IDEA","title":"Bản đồ số vùng nguyên liệu","summary":"Mỗi thửa ruộng có mã QR.","year":2026,
                 "applyingUnitId":"%s","campaignId":"%s","authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
                .formatted(unit, campaignId, unit));
    }

    @Test
    void shouldNameTheCampaignInTheSubmittedEventAndRefuseAnUnknownOne() {
        String unit = knownUnit("ninh-binh", "HTX Dược liệu Nho Quan");
        assertThat(assertProblem(submitIn(unit, "no-such-campaign"), 422, "unknown-unit").get("errors").get(0)
                .get("field").asString()).isEqualTo("campaignId");

        String campaign = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.campaign.created.v1";
        send("campaigns.campaign.events", type, "ninh-binh", campaign, ContractValidator.example(type)
                .replace("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", campaign));
        ApiClient.Response[] created = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> (created[0] = submitIn(unit, campaign)).status() == 201);
        String id = created[0].json().get("id").asString();
        JsonNode event = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(awaitEvent(id, "vn.coop.sangtao.initiative.submitted.v1").value());
        assertThat(event.get("campaignTitle").asString()).isEqualTo("Phong trào thi đua \"Đoàn kết sáng tạo\" năm 2026");
        assertThat(event.get("applyingUnitName").asString()).isEqualTo("HTX Dược liệu Nho Quan");
        assertThat(event.get("authors").get(0).get("unitName").asString()).isEqualTo("HTX Dược liệu Nho Quan");
        assertThat(event.toString()).doesNotContain("phone").doesNotContain("email");
    }
}
