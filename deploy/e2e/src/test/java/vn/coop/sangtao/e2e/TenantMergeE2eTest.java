package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;

import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 2025 merger through the gateway: Hà Nam's units move to Ninh Bình, their ids keep resolving,
 * identity hands Hà Nam's accounts to Ninh Bình, and initiatives accepts the moved unit there.
 */
class TenantMergeE2eTest {

    @Test
    void shouldShowTheMergedUnitsUnderTheSurvivingTenantAndKeepOldIdsResolving() {
        SangtaoApi api = new SangtaoApi(E2eSuite.get().gatewayUrl());
        String admin = E2eSuite.userToken("admin");
        for (String tenant : new String[]{"ninh-binh", "ha-nam"}) {
            int status = api.post("/api/membership/tenants", admin,
                    "{\"id\":\"%s\",\"name\":\"Liên minh HTX %s\"}".formatted(tenant, tenant)).status();
            assertThat(status).isIn(201, 409);
        }
        String haNam = E2eSuite.userToken("hn.admin");
        SangtaoApi.Response created = api.post("/api/membership/units", haNam, """
                {"name":"HTX Dịch vụ nông nghiệp Nhân Mỹ","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}"""
                .formatted(TaxCodes.from(70_020_000L)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String unitId = created.json().get("id").asString();

        SangtaoApi.Response merged = api.post("/api/membership/tenants/ha-nam/merge", admin,
                "{\"into\":\"ninh-binh\",\"effectiveOn\":\"2025-07-01\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);

        String ninhBinh = E2eSuite.userToken("nb.officer");
        JsonNode unit = api.get("/api/membership/units/" + unitId, ninhBinh).json();
        assertThat(unit.get("name").asString()).isEqualTo("HTX Dịch vụ nông nghiệp Nhân Mỹ");
        assertThat(unit.get("formerTenantIds").get(0).asString()).isEqualTo("ha-nam");
        assertThat(api.get("/api/membership/units?q=nhan%20my", ninhBinh).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/membership/tenants/ha-nam", ninhBinh).json().get("resolvedId").asString())
                .isEqualTo("ninh-binh");

        await().atMost(Duration.ofSeconds(30)).until(() -> "ninh-binh".equals(tenantOf(E2eSuite.userToken("hn.admin"))));
        assertThat(api.get("/api/membership/units/" + unitId, E2eSuite.userToken("hn.admin")).status()).isEqualTo(200);

        String member = E2eSuite.userToken("nb.member");
        String initiative = """
                {"kind":"MODEL","title":"Mô hình liên kết tiêu thụ lúa hữu cơ","summary":"Bao tiêu cho 300 hộ.",
                 "field":"Nông nghiệp","year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(unitId, unitId);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.post("/api/initiatives/initiatives", member, initiative).status() == 201);
    }

    private static String tenantOf(String accessToken) {
        String claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
        return JsonMapper.builder().build().readTree(claims).path("tenant").asString();
    }
}
