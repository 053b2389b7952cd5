package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.local.SangtaoApi;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IsolationE2eTest {

    @Test
    void shouldNeitherShowNorChangeARecordWhenAnotherProvinceAsks() {
        SangtaoApi api = new SangtaoApi(E2eSuite.get().gatewayUrl());
        String ninhBinh = E2eSuite.userToken("nb.officer");
        String quangTri = E2eSuite.userToken("qt.officer");
        SangtaoApi.Response created = api.post("/api/campaigns/campaigns", ninhBinh, """
                {"code":"E2E-%s","title":"Phong trào thi đua năm 2026","periodStart":"2026-01-01","periodEnd":"2026-12-31"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        SangtaoApi.Response read = api.get("/api/campaigns/campaigns/" + id, quangTri);
        SangtaoApi.Response launch = api.post("/api/campaigns/campaigns/" + id + "/launch", quangTri, null);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.isProblem()).isTrue();
        assertThat(launch.status()).isEqualTo(404);
        assertThat(launch.isProblem()).isTrue();
        assertThat(api.get("/api/campaigns/campaigns/" + id, ninhBinh).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void shouldIgnoreATenantHeaderWhenAClientSendsOne() {
        SangtaoApi api = new SangtaoApi(E2eSuite.get().gatewayUrl());
        String quangTri = E2eSuite.userToken("qt.officer");
        SangtaoApi.Response answer = api.send("GET", "/api/membership/units?q=zzz-no-such-unit", quangTri, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isZero();
    }
}
