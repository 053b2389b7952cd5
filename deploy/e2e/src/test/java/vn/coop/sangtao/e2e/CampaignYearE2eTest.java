package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A campaign year through the gateway: the VCA launches the national movement, Ninh Bình cascades
 * and launches it, a unit representative pledges (returned, sent again, approved), activities are
 * recorded with attendance, the 6-month and the year-end reviews are scored, signed off and closed,
 * and awards shows each review's results with the block leader as the emulation-flag candidate;
 * the year-end round's proposals are then voted on and decided ({@link Commendations}).
 */
class CampaignYearE2eTest {

    private static final String CRITERIA = """
            [{"code":"1","title":"Tuyên truyền, tập huấn","children":[
               {"code":"1.1","title":"Dự ít nhất 2 lớp tập huấn kỹ thuật","points":20,
                "activity":{"kind":"TECHNICAL_TRAINING","atLeast":2},"contentNumber":2},
               {"code":"1.2","title":"Thực hiện chỉ tiêu đã đăng ký","points":20,"contentNumber":5}]},
             {"code":"2","title":"Có sáng kiến được công nhận","points":5,"bonus":true,"contentNumber":4}]""";

    private final SangtaoApi api = new SangtaoApi(E2eSuite.get().gatewayUrl());
    private final String officer = E2eSuite.userToken("nb.officer");
    private final String unitRep = E2eSuite.userToken("nb.unitrep");

    @Test
    void shouldRunACampaignYearFromLaunchToTheAwardsIntake() {
        assertThat(api.post("/api/membership/tenants", E2eSuite.userToken("admin"),
                "{\"id\":\"ninh-binh\",\"name\":\"Liên minh HTX tỉnh Ninh Bình\"}").status()).isIn(201, 409);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String national = launchNational(suffix);
        String block = created(api.post("/api/membership/blocks", officer,
                "{\"year\":2026,\"name\":\"Khối HTX nông nghiệp E2E " + suffix + "\"}"));
        // nb.unitrep's token names Gia Trấn by the tax code the demo accounts know
        String giaTran = unit("HTX Nông nghiệp Gia Trấn", "2701000019", block);
        String khanhThien = unit("HTX Dịch vụ Nông nghiệp Khánh Thiện " + suffix, TaxCodes.from(270_920_000L), block);
        String campaign = created(api.post("/api/campaigns/campaigns/cascade", officer,
                "{\"nationalCampaignId\":\"%s\",\"code\":\"NB-E2E-%s\"}".formatted(national, suffix)));
        ok(api.post("/api/campaigns/campaigns/" + campaign + "/launch", officer, null));

        pledges(campaign, giaTran, khanhThien);
        String[] giaTranPeople = people(giaTran);
        String[] khanhThienPeople = people(khanhThien);
        activity(campaign, "TECHNICAL_TRAINING", "2026-03-12", giaTranPeople[0], giaTranPeople[1], khanhThienPeople[0]);
        activity(campaign, "TECHNICAL_TRAINING", "2026-05-14", giaTranPeople[0]);
        activity(campaign, "CONFERENCE", "2026-06-05", giaTranPeople[1], khanhThienPeople[1]);
        activity(campaign, "TECHNICAL_TRAINING", "2026-08-07", khanhThienPeople[0], khanhThienPeople[1]);

        String sixMonth = review(campaign, "SIX_MONTH", "Sơ kết 6 tháng đầu năm 2026", "2026-06-30");
        JsonNode firstHalf = score(sixMonth, giaTran, unitRep, 17, 0);
        assertThat(firstHalf.get("total").asDouble()).isEqualTo(37.0);
        assertThat(score(sixMonth, khanhThien, officer, 19, 5).get("total").asDouble()).isEqualTo(24.0);
        assertLeader(close(sixMonth), giaTran, 37.0);

        String yearEnd = review(campaign, "YEAR_END", "Tổng kết năm 2026", "2026-12-31");
        score(yearEnd, giaTran, unitRep, 18, 0);
        score(yearEnd, khanhThien, officer, 19, 5);
        assertLeader(close(yearEnd), khanhThien, 44.0);

        await().atMost(Duration.ofSeconds(30)).until(() -> ok(api.get("/api/campaigns/campaigns/" + campaign
                + "/dashboard", officer)).get("total").get("activities").asLong() == 4);
        JsonNode total = ok(api.get("/api/campaigns/campaigns/" + campaign + "/dashboard", officer)).get("total");
        assertThat(total.get("approved").asLong()).isEqualTo(2);
        assertThat(total.get("attendance").asLong()).isEqualTo(8);
        JsonNode listed = ok(api.get("/api/awards/reviews?year=2026&size=100", officer));
        assertThat(listed.get("items").toString()).contains(sixMonth, yearEnd);
        assertThat(api.get("/api/awards/reviews/" + yearEnd, E2eSuite.userToken("qt.officer")).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/campaigns/campaigns/" + national
                + "/dashboard", E2eSuite.userToken("vca.officer")).body().contains("NB-E2E-" + suffix));
        new Commendations(api).afterYearEnd(yearEnd, khanhThien, giaTran, suffix);
    }

    /** The VCA drafts the national movement on its legal basis and launches it. */
    private String launchNational(String suffix) {
        String vca = E2eSuite.userToken("vca.admin");
        String id = created(api.post("/api/campaigns/campaigns", vca, """
                {"code":"DKST-E2E-%s","title":"Phong trào thi đua \\"Đoàn kết sáng tạo\\" năm 2026",
                 "legalBasis":[{"number":"84/HD-MTTW-BTT","date":"2022-05-16","issuer":"Ban Thường trực UBTƯ MTTQ Việt Nam"},
                   {"number":"396/LMHTXVN-TTTT","date":"2022-06-16","issuer":"Liên minh Hợp tác xã Việt Nam"}],
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31",
                 "contents":[{"number":1,"text":"Phát huy vai trò của Liên minh HTX"},{"number":2,"text":"Phát động phong trào"},
                   {"number":3,"text":"Xây dựng câu lạc bộ Khởi nghiệp, sáng tạo"},{"number":4,"text":"Sáng kiến tiêu biểu"},
                   {"number":5,"text":"Biểu dương, khen thưởng"}],
                 "criteria":%s}""".formatted(suffix, CRITERIA)));
        ok(api.post("/api/campaigns/campaigns/" + id + "/launch", vca, null));
        return id;
    }

    private String unit(String name, String taxCode, String block) {
        String id = created(api.post("/api/membership/units", officer,
                "{\"name\":%s,\"kind\":\"COOPERATIVE\",\"taxCode\":\"%s\",\"sector\":\"AGRICULTURE\"}"
                        .formatted(SangtaoApi.quote(name), taxCode)));
        ok(api.post("/api/membership/blocks/" + block + "/units", officer, "{\"unitId\":\"" + id + "\"}"));
        return id;
    }

    private String[] people(String unitId) {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = created(api.post("/api/membership/people", officer,
                    "{\"unitId\":\"%s\",\"fullName\":\"Thành viên %d\",\"kind\":\"MEMBER\"}".formatted(unitId, i + 1)));
        }
        return ids;
    }

    /** Gia Trấn's representative pledges, is returned, sends again and is approved; another unit is not theirs. */
    private void pledges(String campaign, String giaTran, String khanhThien) {
        String path = "/api/campaigns/campaigns/" + campaign + "/pledges/";
        String targets = "{\"targets\":[{\"contentNumber\":2,\"text\":\"Cử 10 thành viên dự tập huấn kỹ thuật\"}]}";
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.send("PUT", path + giaTran, unitRep, targets).status() != 404);
        assertThat(api.send("PUT", path + khanhThien, unitRep, targets).status()).isEqualTo(403);
        assertThat(ok(api.post(path + giaTran + "/return", officer, "{\"reason\":\"Nêu rõ số thành viên\"}"))
                .get("status").asString()).isEqualTo("RETURNED");
        assertThat(ok(api.send("PUT", path + giaTran, unitRep, targets)).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(ok(api.post(path + giaTran + "/approve", officer, null)).get("status").asString()).isEqualTo("APPROVED");
        ok(api.send("PUT", path + khanhThien, officer, targets));
        ok(api.post(path + khanhThien + "/approve", officer, null));
        String board = "/api/campaigns/campaigns/" + campaign + "/pledges?status=APPROVED";
        await().atMost(Duration.ofSeconds(30)).until(() -> ok(api.get(board, officer)).get("total").asLong() == 2);
    }

    /** Records an activity once campaigns has learned its attendees from membership. */
    private void activity(String campaign, String kind, String date, String... attendees) {
        String body = """
                {"campaignId":"%s","kind":"%s","title":"Hoạt động %s","date":"%s","attendeeIds":["%s"],"contentNumbers":[2]}"""
                .formatted(campaign, kind, date, date, String.join("\",\"", attendees));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/campaigns/activities", officer, body)
                .status() == 201);
    }

    private String review(String campaign, String kind, String title, String to) {
        return created(api.post("/api/campaigns/campaigns/" + campaign + "/reviews", officer,
                "{\"kind\":\"%s\",\"title\":\"%s\",\"from\":\"2026-01-01\",\"to\":\"%s\"}".formatted(kind, title, to)));
    }

    /** The unit's claim on 1.2 and the bonus, verified as claimed and signed off; 1.1 comes from activities. */
    private JsonNode score(String review, String unit, String claimant, double targets, double bonus) {
        String path = "/api/campaigns/reviews/" + review + "/units/" + unit;
        assertThat(api.send("PUT", path + "/self-assessments/1.1", claimant, "{\"score\":20}").status()).isEqualTo(422);
        ok(api.send("PUT", path + "/self-assessments/1.2", claimant,
                "{\"score\":%s,\"evidence\":[{\"description\":\"Báo cáo thực hiện chỉ tiêu\"}]}".formatted(targets)));
        ok(api.send("PUT", path + "/verifications/1.2", officer, "{\"score\":%s}".formatted(targets)));
        ok(api.send("PUT", path + "/verifications/2", officer, "{\"score\":%s}".formatted(bonus)));
        return ok(api.post(path + "/sign-off", officer, null));
    }

    private String close(String review) {
        JsonNode closed = ok(api.post("/api/campaigns/reviews/" + review + "/close", officer, null));
        assertThat(closed.get("open").asBoolean()).isFalse();
        return review;
    }

    /** Awards learns the closed review and names the unit that led the block as the flag candidate. */
    private void assertLeader(String review, String leader, double total) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/awards/reviews/" + review, officer).status() == 200);
        JsonNode results = ok(api.get("/api/awards/reviews/" + review, officer));
        assertThat(results.get("results")).hasSize(2);
        JsonNode candidate = results.get("flagCandidates").get(0);
        assertThat(results.get("flagCandidates")).hasSize(1);
        assertThat(candidate.get("unitId").asString()).isEqualTo(leader);
        assertThat(candidate.get("total").asDouble()).isEqualTo(total);
    }

    private static String created(SangtaoApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode ok(SangtaoApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
