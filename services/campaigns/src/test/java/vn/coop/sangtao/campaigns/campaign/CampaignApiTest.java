package vn.coop.sangtao.campaigns.campaign;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class CampaignApiTest extends CampaignsApi {

    private static final String REWRITE = """
            {"code":"%s","title":"Phong trào sửa lại","periodStart":"2026-01-01","periodEnd":"2026-12-31",
             "contents":[{"number":1,"text":"Nội dung mới"}]}""";

    @Test
    void shouldPublishEveryStepWithItsContractWhenADraftIsEditedLaunchedAmendedAndClosed() {
        String id = draft(NB_OFFICER, "{}").get("id").asString();
        JsonNode edited = ok(api().put("/api/campaigns/campaigns/" + id, NB_OFFICER, REWRITE.formatted(code())), 200);
        assertThat(edited.get("title").asString()).isEqualTo("Phong trào sửa lại");
        ok(api().post("/api/campaigns/campaigns/" + id + "/launch", NB_OFFICER, null), 200);
        ok(api().post("/api/campaigns/campaigns/" + id + "/amendments", NB_OFFICER,
                "{\"reason\":\"Sửa lỗi\",\"contentNumber\":1,\"text\":\"Nội dung đã đính chính\"}"), 200);
        JsonNode closed = ok(api().post("/api/campaigns/campaigns/" + id + "/close", NB_OFFICER, null), 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        for (String type : new String[]{CampaignChanged.CREATED, CampaignChanged.EDITED, CampaignChanged.LAUNCHED,
                CampaignChanged.AMENDED, CampaignChanged.CLOSED}) {
            awaitEvent(Campaign.TOPIC, id, type);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/campaigns/audit?aggregateId=" + id,
                NB_OFFICER).body().contains(CampaignChanged.CLOSED));
    }

    @Test
    void shouldKeepTheLaunchedContentsAndRecordCorrectionsAsAmendmentsWhenLaunched() {
        String id = launched(NB_OFFICER, "{}");
        assertProblem(api().put("/api/campaigns/campaigns/" + id, NB_OFFICER, REWRITE.formatted(code())), 422,
                "campaign-frozen");
        assertProblem(api().post("/api/campaigns/campaigns/" + id + "/launch", NB_OFFICER, null), 422,
                "campaign-not-draft");
        JsonNode amended = ok(api().post("/api/campaigns/campaigns/" + id + "/amendments", NB_OFFICER,
                "{\"reason\":\"Bổ sung nội dung thứ ba\",\"contentNumber\":3,\"text\":\"Nhân rộng mô hình\"}"), 200);
        assertThat(texts(amended.get("contents"), "text")).containsExactly("Tuyên truyền về kinh tế tập thể",
                "Phát triển HTX kiểu mới");
        assertThat(texts(amended.get("amendments"), "reason")).containsExactly("Bổ sung nội dung thứ ba");
        assertThat(amended.get("title").asString()).contains("Đoàn kết sáng tạo");
        ok(api().post("/api/campaigns/campaigns/" + id + "/close", NB_OFFICER, null), 200);
        assertProblem(api().post("/api/campaigns/campaigns/" + id + "/amendments", NB_OFFICER,
                "{\"reason\":\"Muộn\",\"contentNumber\":1,\"text\":\"x\"}"), 422, "campaign-not-launched");
    }

    @Test
    void shouldNameEveryFieldThatDoesNotHoldTogetherWhenTheDraftIsInvalid() {
        JsonNode problem = assertProblem(api().post("/api/campaigns/campaigns", NB_OFFICER, """
                {"code":"%s","title":"Sai","periodStart":"2026-12-31","periodEnd":"2026-01-01",
                 "contents":[{"number":1,"text":"a"},{"number":1,"text":"b"}],
                 "criteria":[{"code":"1","title":"x","points":0,"contentNumber":9},
                             {"code":"1","title":"y","points":5,"activity":{"kind":"CONFERENCE","atLeast":1}}]}"""
                .formatted(code())), 422, "invalid-campaign");
        assertThat(texts(problem.get("errors"), "field")).contains("periodEnd", "contents[1].number",
                "criteria[0].points", "criteria[0].contentNumber", "criteria[1].code");
        assertProblem(api().post("/api/campaigns/campaigns", NB_OFFICER, "{\"code\":\"x y\",\"title\":\"\"}"), 400,
                "validation-failed");
    }

    @Test
    void shouldAnswer409ForATakenCode404ForAnotherTenantAnd403ForAMember() {
        JsonNode campaign = draft(NB_OFFICER, "{}");
        String id = campaign.get("id").asString();
        assertProblem(api().put("/api/campaigns/campaigns/" + id, NB_OFFICER,
                REWRITE.formatted(draft(NB_OFFICER, "{}").get("code").asString())), 409, "duplicate-campaign-code");
        assertProblem(api().post("/api/campaigns/campaigns/" + id + "/launch", QT_OFFICER, null), 404, "not-found");
        assertProblem(api().get("/api/campaigns/campaigns/" + id, QT_OFFICER), 404, "not-found");
        assertProblem(api().post("/api/campaigns/campaigns/" + id + "/launch", bearer(NB, "nb.member", "MEMBER"),
                null), 403, "forbidden");
        assertThat(ok(api().get("/api/campaigns/campaigns/" + id, NB_OFFICER), 200).get("status").asString())
                .isEqualTo("DRAFT");
        JsonNode found = ok(api().get("/api/campaigns/campaigns?q=doan%20ket%20sang%20tao&status=DRAFT&size=100",
                NB_OFFICER), 200);
        assertThat(texts(found.get("items"), "id")).contains(id);
    }
}
