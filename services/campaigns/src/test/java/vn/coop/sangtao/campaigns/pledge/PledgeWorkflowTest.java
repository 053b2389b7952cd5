package vn.coop.sangtao.campaigns.pledge;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;
import static vn.coop.sangtao.platform.test.TestTokens.unitRep;

@ServiceTest
class PledgeWorkflowTest extends CampaignsApi {

    private static final String TARGETS = "{\"targets\":[{\"contentNumber\":1,\"text\":\"Cử 5 thành viên dự tập huấn\"}]}";

    private String pledgePath(String campaignId, String unitId) {
        return "/api/campaigns/campaigns/" + campaignId + "/pledges/" + unitId;
    }

    @Test
    void shouldRunSubmitReturnResubmitApproveAndShowEveryUnitInScopeOnTheBoard() {
        String block = knownBlock(NB, "Khối HTX dịch vụ");
        String taxA = taxCode();
        String unitA = knownUnit(NB, "HTX Dịch vụ An Hòa", taxA, block, null);
        String unitB = knownUnit(NB, "HTX Dịch vụ Bình Minh", taxCode(), block, null);
        String outside = knownUnit(NB, "HTX Ngoài khối", taxCode(), null, null);
        String campaign = launched(NB_OFFICER, blocks(block));
        String rep = unitRep(NB, "rep.a", taxA);

        JsonNode board = ok(api().get("/api/campaigns/campaigns/" + campaign + "/pledges", NB_OFFICER), 200);
        assertThat(texts(board.get("items"), "unitId")).containsExactly(unitA, unitB);
        assertThat(texts(board.get("items"), "status")).containsOnly("NOT_SENT");

        ok(api().put(pledgePath(campaign, unitA), rep, TARGETS), 200);
        assertProblem(api().put(pledgePath(campaign, unitB), rep, TARGETS), 403, "not-your-unit");
        assertProblem(api().post(pledgePath(campaign, unitA) + "/approve", rep, null), 403, "forbidden");
        assertProblem(api().put(pledgePath(campaign, outside), NB_OFFICER, TARGETS), 422, "unit-out-of-scope");

        JsonNode returned = ok(api().post(pledgePath(campaign, unitA) + "/return", NB_OFFICER,
                "{\"reason\":\"Thiếu chỉ tiêu doanh thu\"}"), 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(ok(api().get(pledgePath(campaign, unitA), rep), 200).get("returnReason").asString())
                .isEqualTo("Thiếu chỉ tiêu doanh thu");
        assertProblem(api().post(pledgePath(campaign, unitA) + "/approve", NB_OFFICER, null), 422,
                "pledge-not-submitted");

        ok(api().put(pledgePath(campaign, unitA), rep, TARGETS), 200);
        JsonNode approved = ok(api().post(pledgePath(campaign, unitA) + "/approve", NB_OFFICER, null), 200);
        assertThat(texts(approved.get("history"), "status"))
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertProblem(api().put(pledgePath(campaign, unitA), rep, TARGETS), 422, "pledge-approved");

        JsonNode notSent = ok(api().get("/api/campaigns/campaigns/" + campaign + "/pledges?status=NOT_SENT",
                NB_OFFICER), 200);
        assertThat(texts(notSent.get("items"), "unitId")).containsExactly(unitB);
        awaitEvent("campaigns.pledge.events", campaign + ":" + unitA, "vn.coop.sangtao.pledge.returned.v1");
        awaitEvent("campaigns.pledge.events", campaign + ":" + unitA, "vn.coop.sangtao.pledge.approved.v1");
    }

    @Test
    void shouldKeepPledgesToTheirTenantAndRefuseThemBeforeLaunch() {
        String taxA = taxCode();
        String unit = knownUnit(NB, "HTX Thanh Bình", taxA, null, null);
        String draft = draft(NB_OFFICER, "{}").get("id").asString();
        assertProblem(api().put(pledgePath(draft, unit), NB_OFFICER, TARGETS), 422, "campaign-not-launched");
        String campaign = launched(NB_OFFICER, "{}");
        ok(api().put(pledgePath(campaign, unit), NB_OFFICER, TARGETS), 200);
        assertProblem(api().get(pledgePath(campaign, unit), QT_OFFICER), 404, "not-found");
        assertProblem(api().put(pledgePath(campaign, unit), QT_OFFICER, TARGETS), 404, "not-found");
        assertProblem(api().get(pledgePath(campaign, unit), unitRep(NB, "rep.other", taxCode())), 403,
                "not-your-unit");
        assertProblem(api().put(pledgePath(campaign, unit), NB_OFFICER, "{\"targets\":[]}"), 400,
                "validation-failed");
    }

    @Test
    void shouldDropAWithdrawnUnitFromTheBoard() {
        String block = knownBlock(NB, "Khối rút");
        String unit = knownUnit(NB, "HTX Sắp giải thể", taxCode(), block, null);
        String campaign = launched(NB_OFFICER, blocks(block));
        send("membership.unit.events", "vn.coop.sangtao.unit.status-changed.v1", NB, unit, """
                {"unitId":"%s","tenantId":"ninh-binh","status":"WITHDRAWN","effectiveFrom":"2026-07-01",
                 "reason":"Giải thể","changedAt":"2026-07-02T01:00:00Z"}""".formatted(unit));
        await().atMost(Duration.ofSeconds(20)).until(() -> ok(api().get("/api/campaigns/campaigns/" + campaign
                + "/pledges", NB_OFFICER), 200).get("total").asLong() == 0);
        assertProblem(api().put(pledgePath(campaign, unit), NB_OFFICER, TARGETS), 422, "unit-out-of-scope");
        assertProblem(api().get("/api/campaigns/campaigns/" + campaign + "/pledges", bearer(NB, "m", "MEMBER")),
                403, "forbidden");
    }
}
