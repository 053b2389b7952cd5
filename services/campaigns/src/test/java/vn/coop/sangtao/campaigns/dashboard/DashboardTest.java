package vn.coop.sangtao.campaigns.dashboard;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.RawEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class DashboardTest extends CampaignsApi {

    private JsonNode dashboard(String bearer, String campaign) {
        return ok(api().get("/api/campaigns/campaigns/" + campaign + "/dashboard", bearer), 200);
    }

    private void awaitDashboard(String bearer, String campaign, Predicate<JsonNode> shows) {
        await().atMost(Duration.ofSeconds(20)).until(() -> shows.test(dashboard(bearer, campaign)));
    }

    private static JsonNode row(JsonNode rows, String key) {
        return rows.valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void shouldCountPledgesActivitiesAndAttendancePerBlockAreaAndContentAndMoveThemWhenAnActivityIsCorrected() {
        String province = knownArea(NB, "Tỉnh Ninh Bình " + code(), null);
        String ward = knownArea(NB, "Phường Hoa Lư " + code(), province);
        String blockA = knownBlock(NB, "Khối A " + code());
        String blockB = knownBlock(NB, "Khối B " + code());
        String a1 = knownUnit(NB, "HTX A1", taxCode(), blockA, ward);
        String a2 = knownUnit(NB, "HTX A2", taxCode(), blockA, ward);
        String b1 = knownUnit(NB, "HTX B1", taxCode(), blockB, null);
        String person = knownPerson(NB, a1, "Trần Văn An");
        String campaign = launched(NB_OFFICER, blocks(blockA, blockB));
        awaitDashboard(NB_OFFICER, campaign, d -> d.get("byBlock").size() == 2
                && d.get("byBlock").valueStream().allMatch(r -> r.has("name")) && d.get("byArea").size() == 2);

        ok(api().put("/api/campaigns/campaigns/" + campaign + "/pledges/" + a1, NB_OFFICER,
                "{\"targets\":[{\"contentNumber\":2,\"text\":\"Kết nạp 10 thành viên\"},{\"text\":\"Doanh thu tăng 5%\"}]}"), 200);
        ok(api().post("/api/campaigns/campaigns/" + campaign + "/pledges/" + a1 + "/approve", NB_OFFICER, null), 200);
        ok(api().put("/api/campaigns/campaigns/" + campaign + "/pledges/" + b1, NB_OFFICER,
                "{\"targets\":[{\"text\":\"Dự 2 lớp tập huấn\"}]}"), 200);
        await().atMost(Duration.ofSeconds(20)).until(() -> texts(board(NB), "unitId").contains(a1));
        JsonNode activity = ok(api().post("/api/campaigns/activities", NB_OFFICER, """
                {"campaignId":"%s","kind":"CONFERENCE","title":"Hội nghị sơ kết","date":"2026-06-20",
                 "unitIds":["%s","%s"],"attendeeIds":["%s"],"contentNumbers":[1]}"""
                .formatted(campaign, a2, b1, person)), 201);
        assertThat(activity.get("unitIds").size()).isEqualTo(3); // the attendee's unit takes part too

        awaitDashboard(NB_OFFICER, campaign, d -> d.get("total").get("activities").asLong() == 1
                && d.get("total").get("approved").asLong() == 1 && d.get("total").get("submitted").asLong() == 1);
        JsonNode d = dashboard(NB_OFFICER, campaign);
        assertThat(d.get("total").get("unitsInScope").asInt()).isEqualTo(3);
        assertThat(d.get("total").get("notSent").asLong()).isEqualTo(1);
        assertThat(d.get("total").get("attendance").asLong()).isEqualTo(1);
        assertThat(d.get("total").get("targets").asLong()).isEqualTo(2);
        JsonNode a = row(d.get("byBlock"), blockA);
        assertThat(a.get("unitsInScope").asInt()).isEqualTo(2);
        assertThat(a.get("approved").asLong()).isEqualTo(1);
        assertThat(a.get("notSent").asLong()).isEqualTo(1);
        assertThat(a.get("activities").asLong()).isEqualTo(1);
        assertThat(a.get("attendance").asLong()).isEqualTo(1);
        assertThat(row(d.get("byBlock"), blockB).get("submitted").asLong()).isEqualTo(1);
        assertThat(row(d.get("byArea"), province).get("unitsInScope").asInt()).isEqualTo(2);
        assertThat(row(d.get("byArea"), province).get("activities").asLong()).isEqualTo(1);
        assertThat(row(d.get("byContent"), "1").get("activities").asLong()).isEqualTo(1);
        assertThat(row(d.get("byContent"), "2").get("targets").asLong()).isEqualTo(1);

        ok(api().put("/api/campaigns/activities/" + activity.get("id").asString(), NB_OFFICER, """
                {"campaignId":"%s","kind":"CONFERENCE","title":"Hội nghị sơ kết","date":"2026-06-20",
                 "unitIds":["%s"],"contentNumbers":[2]}""".formatted(campaign, b1)), 200);
        awaitDashboard(NB_OFFICER, campaign, x -> row(x.get("byBlock"), blockA).get("activities").asLong() == 0);
        JsonNode after = dashboard(NB_OFFICER, campaign);
        assertThat(row(after.get("byBlock"), blockB).get("activities").asLong()).isEqualTo(1);
        assertThat(after.get("total").get("activities").asLong()).isEqualTo(1);
        assertThat(after.get("total").get("attendance").asLong()).isZero();
        assertThat(row(after.get("byContent"), "1").get("activities").asLong()).isZero();
        assertThat(row(after.get("byContent"), "2").get("activities").asLong()).isEqualTo(1);
        assertProblem(api().get("/api/campaigns/campaigns/" + campaign + "/dashboard", QT_OFFICER), 404, "not-found");
    }

    @Test
    void shouldCountARedeliveredActivityEventOnce() {
        String block = knownBlock(NB, "Khối C " + code());
        String unit = knownUnit(NB, "HTX C1", taxCode(), block, null);
        String campaign = launched(NB_OFFICER, blocks(block));
        String id = ok(api().post("/api/campaigns/activities", NB_OFFICER, """
                {"campaignId":"%s","kind":"CLUB_MEETING","title":"Sinh hoạt câu lạc bộ","date":"2026-03-01",
                 "unitIds":["%s"]}""".formatted(campaign, unit)), 201).get("id").asString();
        EventProbe.Received recorded = awaitEvent("campaigns.activity.events", id, "vn.coop.sangtao.activity.recorded.v1");
        awaitDashboard(NB_OFFICER, campaign, d -> d.get("total").get("activities").asLong() == 1);

        try (RawEvents again = new RawEvents(brokers)) {
            again.send("campaigns.activity.events", recorded.headers().get("ce_id"),
                    "vn.coop.sangtao.activity.recorded.v1", NB, id, recorded.value());
        }
        // a second activity under the same key is read after the redelivery: once it counts, the duplicate was seen
        String second = ok(api().post("/api/campaigns/activities", NB_OFFICER, """
                {"campaignId":"%s","kind":"CLUB_MEETING","title":"Sinh hoạt lần hai","date":"2026-04-01",
                 "unitIds":["%s"]}""".formatted(campaign, unit)), 201).get("id").asString();
        try (RawEvents marker = new RawEvents(brokers)) {
            EventProbe.Received secondEvent = awaitEvent("campaigns.activity.events", second,
                    "vn.coop.sangtao.activity.recorded.v1");
            marker.send("campaigns.activity.events", secondEvent.headers().get("ce_id"),
                    "vn.coop.sangtao.activity.recorded.v1", NB, id, secondEvent.value());
        }
        awaitDashboard(NB_OFFICER, campaign, d -> d.get("total").get("activities").asLong() == 2);
        assertThat(row(dashboard(NB_OFFICER, campaign).get("byBlock"), block).get("activities").asLong()).isEqualTo(2);
        assertProblem(api().get("/api/campaigns/campaigns/" + campaign + "/dashboard", bearer(NB, "m", "MEMBER")),
                403, "forbidden");
    }

    @Test
    void shouldKeepCountingWhenAPendingPledgeIsSentAgain() {
        String block = knownBlock(NB, "Khối D " + code());
        String unit = knownUnit(NB, "HTX D1", taxCode(), block, null);
        String campaign = launched(NB_OFFICER, blocks(block));
        String pledge = "/api/campaigns/campaigns/" + campaign + "/pledges/" + unit;
        ok(api().put(pledge, NB_OFFICER, "{\"targets\":[{\"text\":\"Mục tiêu một\"}]}"), 200);
        ok(api().put(pledge, NB_OFFICER, "{\"targets\":[{\"text\":\"Mục tiêu sửa lại\"}]}"), 200);
        ok(api().post(pledge + "/approve", NB_OFFICER, null), 200);
        awaitDashboard(NB_OFFICER, campaign, d -> d.get("total").get("approved").asLong() == 1
                && d.get("total").get("submitted").asLong() == 0);
        assertThat(row(dashboard(NB_OFFICER, campaign).get("byBlock"), block).get("approved").asLong()).isEqualTo(1);
    }
}
