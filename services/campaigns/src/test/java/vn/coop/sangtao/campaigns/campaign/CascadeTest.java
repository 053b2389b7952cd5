package vn.coop.sangtao.campaigns.campaign;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class CascadeTest extends CampaignsApi {

    private static final String VCA_OFFICER = bearer("vca", "vca.officer", "EMULATION_OFFICER");
    private static final String NATIONAL_VIEWER = bearer("vca", "vca.viewer", "NATIONAL_OFFICER");

    private JsonNode cascade(String bearer, String national) {
        return api().post("/api/campaigns/campaigns/cascade", bearer,
                "{\"nationalCampaignId\":\"%s\",\"code\":\"%s\"}".formatted(national, code())).json();
    }

    @Test
    void shouldCopyTheNationalCampaignKeepTheLinkAndShowEachProvincesParticipationNationally() {
        String national = launched(VCA_OFFICER, "{}");
        ok(api().post("/api/campaigns/campaigns/" + national + "/amendments", VCA_OFFICER,
                "{\"reason\":\"Bổ sung\",\"contentNumber\":3,\"text\":\"Nhân rộng mô hình hay\"}"), 200);
        assertThat(texts(ok(api().get("/api/campaigns/campaigns/national?size=100", NB_OFFICER), 200).get("items"),
                "id")).contains(national);

        JsonNode nb = cascade(NB_OFFICER, national);
        assertThat(nb.get("status").asString()).isEqualTo("DRAFT");
        assertThat(nb.get("parent").get("campaignId").asString()).isEqualTo(national);
        assertThat(nb.get("parent").get("tenantId").asString()).isEqualTo("vca");
        assertThat(texts(nb.get("contents"), "text")).containsExactly("Tuyên truyền về kinh tế tập thể",
                "Phát triển HTX kiểu mới", "Nhân rộng mô hình hay");
        assertThat(nb.get("criteria").size()).isEqualTo(2);
        assertThat(nb.get("legalBasis").get(0).get("number").asString()).isEqualTo("84/HD-MTTW-BTT");
        String nbCampaign = nb.get("id").asString();
        ok(api().post("/api/campaigns/campaigns/" + nbCampaign + "/launch", NB_OFFICER, null), 200);
        String qtCampaign = cascade(QT_OFFICER, national).get("id").asString();

        String unit = knownUnit(NB, "HTX Tràng An", taxCode(), null, null);
        String pledge = "/api/campaigns/campaigns/" + nbCampaign + "/pledges/" + unit;
        ok(api().put(pledge, NB_OFFICER, "{\"targets\":[{\"text\":\"Doanh thu tăng 10%\"}]}"), 200);
        // sent again while pending: no counts move, and the province's later steps still reach the nation
        ok(api().put(pledge, NB_OFFICER, "{\"targets\":[{\"text\":\"Doanh thu tăng 12%\"}]}"), 200);
        ok(api().post(pledge + "/approve", NB_OFFICER, null), 200);
        ok(api().post("/api/campaigns/activities", NB_OFFICER, """
                {"campaignId":"%s","kind":"WORKSHOP","title":"Tọa đàm chuyển đổi số","date":"2026-05-05",
                 "unitIds":["%s"]}""".formatted(nbCampaign, unit)), 201);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode provinces = ok(api().get("/api/campaigns/campaigns/" + national + "/dashboard", NATIONAL_VIEWER),
                    200).get("byProvince");
            return provinces.size() == 2 && provinces.valueStream().anyMatch(p -> p.get("key").asString()
                    .equals(NB) && p.get("approved").asLong() == 1 && p.get("submitted").asLong() == 0
                    && p.get("activities").asLong() == 1
                    && "LAUNCHED".equals(p.get("status").asString()));
        });
        JsonNode quangTri = ok(api().get("/api/campaigns/campaigns/" + national + "/dashboard", VCA_OFFICER), 200)
                .get("byProvince").valueStream().filter(p -> p.get("key").asString().equals("quang-tri"))
                .findFirst().orElseThrow();
        assertThat(quangTri.get("status").asString()).isEqualTo("DRAFT");
        assertThat(quangTri.get("submitted").asLong()).isZero();
        assertProblem(api().get("/api/campaigns/campaigns/" + qtCampaign, NB_OFFICER), 404, "not-found");
    }

    @Test
    void shouldRefuseToCascadeADraftAnotherProvincesCampaignOrIntoTheNationalAlliance() {
        String draft = draft(VCA_OFFICER, "{}").get("id").asString();
        assertProblem(api().post("/api/campaigns/campaigns/cascade", NB_OFFICER,
                "{\"nationalCampaignId\":\"%s\",\"code\":\"%s\"}".formatted(draft, code())), 422,
                "campaign-not-launched");
        String provincial = launched(QT_OFFICER, "{}");
        assertProblem(api().post("/api/campaigns/campaigns/cascade", NB_OFFICER,
                "{\"nationalCampaignId\":\"%s\",\"code\":\"%s\"}".formatted(provincial, code())), 404, "not-found");
        String national = launched(VCA_OFFICER, "{}");
        assertProblem(api().post("/api/campaigns/campaigns/cascade", VCA_OFFICER,
                "{\"nationalCampaignId\":\"%s\",\"code\":\"%s\"}".formatted(national, code())), 422,
                "cascade-from-national-only");
    }
}
