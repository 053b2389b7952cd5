package vn.coop.sangtao.awards.catalogue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;

@ServiceTest
class CatalogueApiTest extends AwardsApi {

    private static final String RAISE = """
            {"name":"Chiến sĩ thi đua cơ sở","target":"INDIVIDUAL","level":"ALLIANCE","amountMultiple":1.2,"merit":true,
             "highTitle":false,"validFrom":"2027-01-01","reason":"Mức thưởng mới",
             "rules":[{"kind":"AWARD_IN_YEAR","award":"LDTT"},{"kind":"RECOGNISED_INITIATIVE","level":"UNIT","years":1}]}""";

    private double amount(String asOf, String code) {
        return ok(api().get("/api/awards/catalogue?asOf=" + asOf, officer), 200).valueStream()
                .filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow()
                .get("amountMultiple").asDouble();
    }

    @Test
    void shouldStartFromTheLaw2022AndKeepEveryVersionByDate() {
        JsonNode catalogue = ok(api().get("/api/awards/catalogue?asOf=2026-06-30", officer), 200);
        assertThat(catalogue.valueStream().map(t -> t.get("code").asString()).toList())
                .contains("TT_LDTT", "TT_LDXS", "CO_THI_DUA", "GIAY_KHEN_TT", "BANG_KHEN_TT", "LDTT", "CSTDCS",
                        "CSTD_TINH", "GIAY_KHEN_CN", "BANG_KHEN_CN", "SACH_VANG");
        assertThat(amount("2026-06-30", "LDTT")).isEqualTo(0.3);

        ok(api().put("/api/awards/catalogue/CSTDCS", admin, RAISE), 200);
        assertThat(amount("2026-12-31", "CSTDCS")).isEqualTo(1.0);
        assertThat(amount("2027-01-01", "CSTDCS")).isEqualTo(1.2);
        assertThat(ok(api().get("/api/awards/catalogue/CSTDCS/versions", officer), 200).size()).isEqualTo(2);
        assertProblem(api().put("/api/awards/catalogue/CSTDCS", admin, RAISE), 409, "award-type-version-exists");
        assertProblem(api().put("/api/awards/catalogue/CSTDCS", officer, RAISE), 403, "forbidden");
        assertThat(ok(api().get("/api/awards/catalogue?asOf=2027-06-30",
                vn.coop.sangtao.platform.test.TestTokens.bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER")),
                200).valueStream().filter(t -> t.get("code").asString().equals("CSTDCS")).findFirst().orElseThrow()
                .get("amountMultiple").asDouble()).as("another tenant's catalogue").isEqualTo(1.0);
    }

    @Test
    void shouldNameTheRuleThatDoesNotHoldTogether() {
        JsonNode problem = assertProblem(api().put("/api/awards/catalogue/KHEN_MOI", admin, """
                {"name":"Khen mới","target":"INDIVIDUAL","level":"ALLIANCE","amountMultiple":0.5,"merit":true,
                 "highTitle":false,"validFrom":"2026-01-01","reason":"Thử",
                 "rules":[{"kind":"CONSECUTIVE_AWARDS","award":"KHONG_CO","years":1}]}"""), 422, "invalid-award-type");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("rules[0].award", "rules[0].years");
    }
}
