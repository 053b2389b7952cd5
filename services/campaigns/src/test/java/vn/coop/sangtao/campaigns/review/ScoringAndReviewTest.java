package vn.coop.sangtao.campaigns.review;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.unitRep;

@ServiceTest
class ScoringAndReviewTest extends CampaignsApi {

    private String block;
    private String campaign;

    private String review(String kind, String from, String to) {
        return ok(api().post("/api/campaigns/campaigns/" + campaign + "/reviews", NB_OFFICER, """
                {"kind":"%s","title":"Sơ kết 6 tháng đầu năm 2026","from":"%s","to":"%s"}"""
                .formatted(kind, from, to)), 201).get("id").asString();
    }

    private String unitPath(String review, String unit) {
        return "/api/campaigns/reviews/" + review + "/units/" + unit;
    }

    private JsonNode verify(String review, String unit, String code, double score) {
        return ok(api().put(unitPath(review, unit) + "/verifications/" + code, NB_OFFICER,
                "{\"score\":" + score + ",\"note\":\"Đã đối chiếu biên bản\"}"), 200);
    }

    private void training(String unit, String date) {
        ok(api().post("/api/campaigns/activities", NB_OFFICER, """
                {"campaignId":"%s","kind":"TECHNICAL_TRAINING","title":"Tập huấn kỹ thuật","date":"%s",
                 "place":"Hoa Lư","organiser":"Liên minh HTX tỉnh","unitIds":["%s"],"contentNumbers":[1]}"""
                .formatted(campaign, date, unit)), 201);
    }

    private void setUp() {
        block = knownBlock(NB, "Khối HTX nông nghiệp " + code());
        campaign = launched(NB_OFFICER, blocks(block));
    }

    @Test
    void shouldExplainEachLineAndAddVerifiedActivityAndBonusPointsThenLockAtSignOff() {
        setUp();
        String tax = taxCode();
        String unit = knownUnit(NB, "HTX Gia Trấn", tax, block, null);
        String rep = unitRep(NB, "rep.gt", tax);
        String review = review("SIX_MONTH", "2026-01-01", "2026-06-30");

        JsonNode claimed = ok(api().put(unitPath(review, unit) + "/self-assessments/1.2", rep,
                "{\"score\":18,\"evidence\":[{\"description\":\"Báo cáo doanh thu quý II\",\"link\":\"https://example.vn/bc.pdf\"}]}"),
                200);
        assertThat(claimed.get("base").asDouble()).isZero();
        assertProblem(api().put(unitPath(review, unit) + "/self-assessments/1.2", rep, "{\"score\":25}"), 422,
                "score-out-of-range");
        assertProblem(api().put(unitPath(review, unit) + "/self-assessments/1.1", rep, "{\"score\":10}"), 422,
                "criterion-fed-by-activities");
        assertProblem(api().put(unitPath(review, unit) + "/self-assessments/9.9", rep, "{\"score\":1}"), 422,
                "unknown-criterion");
        assertProblem(api().put(unitPath(review, unit) + "/verifications/1.2", rep, "{\"score\":1}"), 403,
                "forbidden");
        assertProblem(api().post(unitPath(review, unit) + "/sign-off", NB_OFFICER, null), 422, "unverified-criteria");

        training(unit, "2026-03-10");
        training(unit, "2026-05-20");
        training(unit, "2026-08-01"); // after the review's period: not counted
        verify(review, unit, "1.2", 15.25);
        verify(review, unit, "2", 2.5);
        JsonNode card = ok(api().post(unitPath(review, unit) + "/sign-off", NB_OFFICER, null), 200);

        assertThat(card.get("maxBase").asDouble()).isEqualTo(30.0);
        assertThat(card.get("base").asDouble()).isEqualTo(25.25);
        assertThat(card.get("bonus").asDouble()).isEqualTo(2.5);
        assertThat(card.get("total").asDouble()).isEqualTo(27.75);
        assertThat(card.get("signedOff").asBoolean()).isTrue();
        JsonNode activityLine = card.get("lines").get(0);
        assertThat(activityLine.get("source").asString()).isEqualTo("ACTIVITIES");
        assertThat(activityLine.get("activityIds").size()).isEqualTo(2);
        assertThat(activityLine.get("earned").asDouble()).isEqualTo(10.0);
        JsonNode handLine = card.get("lines").get(1);
        assertThat(handLine.get("selfScore").asDouble()).isEqualTo(18.0);
        assertThat(handLine.get("verifiedScore").asDouble()).isEqualTo(15.25);
        assertThat(handLine.get("verifiedBy").asString()).isEqualTo("nb.officer");
        assertThat(handLine.get("evidence").get(0).get("description").asString()).isEqualTo("Báo cáo doanh thu quý II");

        assertProblem(api().put(unitPath(review, unit) + "/verifications/1.2", NB_OFFICER, "{\"score\":20}"), 422,
                "assessment-locked");
        training(unit, "2026-06-01"); // the locked sheet keeps the activities it counted
        assertThat(ok(api().get(unitPath(review, unit) + "/scorecard", rep), 200).get("lines").get(0)
                .get("activityIds").size()).isEqualTo(2);
        awaitEvent("campaigns.score.events", review + ":" + unit, "vn.coop.sangtao.score.signed-off.v1");
    }

    @Test
    void shouldFreezeBlockRankingsWithTiesAndListTheUnassessedWhenAReviewCloses() {
        setUp();
        String first = knownUnit(NB, "HTX An Bình", taxCode(), block, null);
        String tied = knownUnit(NB, "HTX Bảo Lâm", taxCode(), block, null);
        String third = knownUnit(NB, "HTX Cẩm Giang", taxCode(), block, null);
        String unassessed = knownUnit(NB, "HTX Đông Hải", taxCode(), block, null);
        String review = review("YEAR_END", "2026-01-01", "2026-12-31");
        for (String unit : List.of(first, tied, third)) {
            verify(review, unit, "1.2", unit.equals(third) ? 12 : 20);
            verify(review, unit, "2", 0);
            ok(api().post(unitPath(review, unit) + "/sign-off", NB_OFFICER, null), 200);
        }
        assertProblem(api().post("/api/campaigns/campaigns/" + campaign + "/reviews", NB_OFFICER, """
                {"kind":"YEAR_END","title":"Lần hai","from":"2026-01-01","to":"2026-12-31"}"""), 422,
                "review-already-open");

        JsonNode closed = ok(api().post("/api/campaigns/reviews/" + review + "/close", NB_OFFICER, null), 200);
        assertThat(closed.get("open").asBoolean()).isFalse();
        JsonNode ranking = closed.get("blocks").get(0);
        assertThat(ranking.get("blockId").asString()).isEqualTo(block);
        assertThat(ranking.get("leaderUnitIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(first, tied);
        assertThat(texts(ranking.get("ranking"), "unitId")).containsExactly(first, tied, third);
        assertThat(ranking.get("ranking").valueStream().map(r -> r.get("blockRank").asInt()).toList())
                .containsExactly(1, 1, 3);
        assertThat(closed.get("notAssessed").valueStream().map(JsonNode::asString).toList()).contains(unassessed)
                .doesNotContain(first, tied, third);
        assertProblem(api().put(unitPath(review, third) + "/verifications/1.2", NB_OFFICER, "{\"score\":20}"), 422,
                "review-closed");
        assertProblem(api().post("/api/campaigns/reviews/" + review + "/close", NB_OFFICER, null), 422,
                "review-closed");

        JsonNode event = tools.jackson.databind.json.JsonMapper.builder().build().readTree(awaitEvent("campaigns.review.events", review,
                "vn.coop.sangtao.review.closed.v1").value());
        assertThat(event.get("kind").asString()).isEqualTo("YEAR_END");
        assertThat(event.get("year").asInt()).isEqualTo(2026);
        assertThat(event.get("blocks").get(0).get("leaderUnitIds").size()).isEqualTo(2);
        assertThat(event.get("results").get(0).get("total").asDouble()).isEqualTo(20.0);
        assertThat(texts(event.get("results"), "unitId")).containsExactly(first, tied, third);
        assertThat(ok(api().get("/api/campaigns/reviews/" + review, NB_OFFICER), 200).get("results").size())
                .isEqualTo(3);
    }
}
