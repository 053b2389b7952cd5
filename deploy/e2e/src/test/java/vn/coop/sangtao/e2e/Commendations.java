package vn.coop.sangtao.e2e;

import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.local.SangtaoApi;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The commendations that follow a year-end review, through the gateway: the round awards opened from
 * review.closed suggests the block leader for the emulation flag; proposals go through the council's
 * vote (one member in writing) and are decided by the province, forwarded to the provincial People's
 * Committee, or forwarded to the national alliance and decided there.
 */
final class Commendations {

    private final SangtaoApi api;
    private final String officer = E2eSuite.userToken("nb.officer");
    private final String admin = E2eSuite.userToken("nb.admin");

    Commendations(SangtaoApi api) {
        this.api = api;
    }

    void afterYearEnd(String yearEnd, String flagLeader, String otherUnit, String suffix) {
        String round = "ninh-binh:review:" + yearEnd;
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/awards/rounds/" + round, officer).status() == 200);
        JsonNode suggestion = ok(api.get("/api/awards/rounds/" + round, officer)).get("suggestions").valueStream()
                .filter(s -> s.get("awardCode").asString().equals("CO_THI_DUA")).findFirst().orElseThrow();
        assertThat(suggestion.get("nominee").get("id").asString()).isEqualTo(flagLeader);
        assertThat(suggestion.get("verdict").get("eligible").asBoolean()).isTrue();

        ok(api.send("PUT", "/api/awards/council", admin, """
                {"members":[{"username":"nb.council1","fullName":"Phạm Văn Đức"},{"username":"nb.council2","fullName":"Ủy viên 2"},
                            {"username":"nb.council3","fullName":"Ủy viên 3"}]}"""));

        String flag = approved(round, flagLeader, "CO_THI_DUA");
        assertThat(ok(api.post("/api/awards/proposals/" + flag + "/forward", officer, null)).get("status").asString())
                .isEqualTo("FORWARDED");
        assertThat(ok(api.post("/api/awards/proposals/" + flag + "/outcome", officer, """
                {"granted":true,"number":"2150/QĐ-UBND","date":"2027-01-20","body":"UBND tỉnh Ninh Bình"}"""))
                .get("status").asString()).isEqualTo("DECIDED");

        String certificate = approved(round, otherUnit, "GIAY_KHEN_TT");
        assertThat(ok(api.post("/api/awards/proposals/" + certificate + "/decide", admin,
                "{\"granted\":true,\"number\":\"15/QĐ-LMHTX\",\"date\":\"2027-01-05\"}")).get("status").asString())
                .isEqualTo("DECIDED");

        String code = "BK_TW_" + suffix.toUpperCase().replaceAll("[^A-Z0-9]", "");
        ok(api.send("PUT", "/api/awards/catalogue/" + code, admin, """
                {"name":"Bằng khen của Liên minh HTX Việt Nam","target":"COLLECTIVE","level":"NATIONAL","amountMultiple":1.0,
                 "validFrom":"2026-01-01","reason":"Hình thức của Liên minh HTX Việt Nam","rules":[]}"""));
        String national = approved(round, flagLeader, code);
        ok(api.post("/api/awards/proposals/" + national + "/forward", officer, null));
        String vca = E2eSuite.userToken("vca.officer");
        String[] received = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            received[0] = ok(api.get("/api/awards/proposals?status=RECEIVED&size=100", vca)).get("items").valueStream()
                    .filter(p -> p.get("origin").get("proposalId").asString().equals(national))
                    .map(p -> p.get("id").asString()).findFirst().orElse(null);
            return received[0] != null;
        });
        ok(api.post("/api/awards/proposals/" + received[0] + "/decide", vca,
                "{\"granted\":true,\"number\":\"301/QĐ-LMHTXVN\",\"date\":\"2027-02-01\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DECIDED".equals(ok(api.get("/api/awards/proposals/"
                + national, officer)).get("status").asString()));

        JsonNode history = ok(api.get("/api/awards/history?year=2026&size=100", officer)).get("items");
        assertThat(history.valueStream().map(h -> h.get("award").asString()).toList())
                .contains("CO_THI_DUA", "GIAY_KHEN_TT", code);
    }

    /** Drafts, submits and puts a proposal to the council: two members vote, the third in writing. */
    private String approved(String round, String unit, String award) {
        String id = ok(api.post("/api/awards/proposals", officer, """
                {"roundId":"%s","nomineeKind":"UNIT","nomineeId":"%s","awardCode":"%s","achievements":"Dẫn đầu khối"}"""
                .formatted(round, unit, award))).get("id").asString();
        ok(api.post("/api/awards/proposals/" + id + "/submit", officer, null));
        ok(api.post("/api/awards/proposals/" + id + "/vote", officer, null));
        ok(api.post("/api/awards/proposals/" + id + "/ballots", E2eSuite.userToken("nb.council1"), "{\"yes\":true}"));
        ok(api.post("/api/awards/proposals/" + id + "/ballots", E2eSuite.userToken("nb.council2"), "{\"yes\":true}"));
        JsonNode tally = ok(api.post("/api/awards/proposals/" + id + "/ballots", officer,
                "{\"yes\":true,\"written\":true,\"member\":\"nb.council3\"}"));
        assertThat(tally.get("yes").asInt()).isEqualTo(3);
        assertThat(ok(api.post("/api/awards/proposals/" + id + "/close-vote", officer, null)).get("status").asString())
                .isEqualTo("APPROVED");
        return id;
    }

    private static JsonNode ok(SangtaoApi.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
