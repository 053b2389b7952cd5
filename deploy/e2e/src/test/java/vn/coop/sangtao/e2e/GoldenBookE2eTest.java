package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The heart of the platform through the gateway: a member submits, the officer screens, three
 * council members review, the initiative is recognised, marked typical and nominated, and the
 * national alliance sees the nomination.
 */
class GoldenBookE2eTest {

    @Test
    void shouldTakeASubmissionThroughReviewToTheNationalGoldenBookList() {
        SangtaoApi api = new SangtaoApi(E2eSuite.get().gatewayUrl());
        String admin = E2eSuite.userToken("admin");
        assertThat(api.post("/api/membership/tenants", admin, "{\"id\":\"ninh-binh\",\"name\":\"Liên minh HTX tỉnh Ninh Bình\"}")
                .status()).isIn(201, 409);
        String officer = E2eSuite.userToken("nb.officer");
        String applying = created(api.post("/api/membership/units", officer, """
                {"name":"HTX Nông nghiệp Gia Trấn","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}"""
                .formatted(TaxCodes.from(270_900_000L))));
        String councilUnit = created(api.post("/api/membership/units", officer, """
                {"name":"Cơ quan Liên minh HTX tỉnh Ninh Bình","kind":"ALLIANCE_OFFICE","taxCode":"%s","sector":"OTHER"}"""
                .formatted(TaxCodes.from(270_910_000L))));
        String council = created(api.post("/api/initiatives/councils", officer, "{\"name\":\"Hội đồng sáng kiến 2026\"}"));
        for (int i = 1; i <= 3; i++) {
            String person = created(api.post("/api/membership/people", officer, """
                    {"unitId":"%s","fullName":"Thành viên hội đồng %d","kind":"CADRE"}""".formatted(councilUnit, i)));
            String member = "{\"personId\":\"%s\",\"username\":\"nb.council%d\"}".formatted(person, i);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    api.post("/api/initiatives/councils/" + council + "/members", officer, member).status() == 200);
        }

        String member = E2eSuite.userToken("nb.member");
        String body = """
                {"kind":"INITIATIVE","title":"Sấy lúa bằng năng lượng mặt trời","summary":"Giảm 30%% chi phí sấy.",
                 "field":"Nông nghiệp","year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(applying, applying);
        SangtaoApi.Response[] submitted = new SangtaoApi.Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() ->
                (submitted[0] = api.post("/api/initiatives/initiatives", member, body)).status() == 201);
        String id = submitted[0].json().get("id").asString();
        String path = "/api/initiatives/initiatives/" + id;

        ok(api.post(path + "/accept", officer, null));
        JsonNode assigned = ok(api.post(path + "/reviewers", officer, "{\"councilId\":\"" + council + "\"}"));
        assertThat(assigned.get("initiative").get("reviewers").size()).isEqualTo(3);
        for (int i = 1; i <= 3; i++) {
            ok(api.post(path + "/reviews", E2eSuite.userToken("nb.council" + i),
                    "{\"novelty\":80,\"applicability\":85,\"effectiveness\":75}"));
        }
        ok(api.post(path + "/decision", officer,
                "{\"recognised\":true,\"level\":\"PROVINCIAL\",\"decisionNumber\":\"125/QĐ-LMHTX\",\"decisionDate\":\"2026-10-20\"}"));
        ok(api.post(path + "/typical", officer, "{\"year\":2026}"));
        ok(api.post(path + "/nomination", officer, "{\"year\":2026,\"letter\":\"Trân trọng giới thiệu.\"}"));

        String national = E2eSuite.userToken("vca.officer");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/initiatives/nominations/" + id, national).status() == 200);
        JsonNode nomination = api.get("/api/initiatives/nominations/" + id, national).json();
        assertThat(nomination.get("title").asString()).isEqualTo("Sấy lúa bằng năng lượng mặt trời");
        assertThat(nomination.get("provinceTenantId").asString()).isEqualTo("ninh-binh");
        assertThat(api.get("/api/initiatives/nominations/" + id, officer).status()).isEqualTo(403);
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
