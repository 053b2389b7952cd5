package vn.coop.sangtao.membership.area;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class AreaTreeTest extends MembershipApi {

    /** Each test works in a tenant of its own, so that trees of other tests do not show up. */
    private final String officer = bearer("area-" + UUID.randomUUID().toString().substring(0, 8), "officer",
            "EMULATION_OFFICER");

    private String define(String json) {
        return ok(api().post("/api/membership/areas", officer, json), 201).get("id").asString();
    }

    private String area(String name, String level, String parentId, String from, String to) {
        return define("""
                {"name":"%s","level":"%s","parentId":%s,"validFrom":"%s","validTo":%s}"""
                .formatted(name, level, parentId == null ? "null" : "\"" + parentId + "\"", from,
                        to == null ? "null" : "\"" + to + "\""));
    }

    @Test
    void shouldAnswerTheThreeLevelTreeBeforeTheReformAndTheTwoLevelTreeAfterIt() {
        String oldProvince = area("Tỉnh Ninh Bình", "PROVINCE", null, "1992-04-01", "2025-06-30");
        String district = area("Huyện Gia Viễn", "DISTRICT", oldProvince, "1992-04-01", "2025-06-30");
        area("Xã Gia Trấn", "COMMUNE", district, "1992-04-01", "2025-06-30");
        String newProvince = area("Tỉnh Ninh Bình", "PROVINCE", null, "2025-07-01", null);
        String ward = area("Phường Hoa Lư", "WARD", newProvince, "2025-07-01", null);

        JsonNode before = ok(api().get("/api/membership/areas/tree?asOf=2025-06-30", officer), 200);
        assertThat(before.size()).isEqualTo(1);
        assertThat(before.get(0).get("id").asString()).isEqualTo(oldProvince);
        assertThat(names(before.get(0))).containsExactly("Tỉnh Ninh Bình", "Huyện Gia Viễn", "Xã Gia Trấn");

        JsonNode after = ok(api().get("/api/membership/areas/tree?asOf=2025-07-01", officer), 200);
        assertThat(after.size()).isEqualTo(1);
        assertThat(after.get(0).get("id").asString()).isEqualTo(newProvince);
        assertThat(after.get(0).get("children").get(0).get("id").asString()).isEqualTo(ward);
        assertThat(ok(api().get("/api/membership/areas?asOf=2024-01-01&level=DISTRICT", officer), 200)
                .get("total").asLong()).isEqualTo(1);
        assertThat(ok(api().get("/api/membership/areas?asOf=2026-01-01&q=hoa%20lu", officer), 200)
                .get("items").get(0).get("id").asString()).isEqualTo(ward);
    }

    @Test
    void shouldRefuseAnAreaThatBreaksTheShapeOfItsEra() {
        String oldProvince = area("Tỉnh Hà Nam", "PROVINCE", null, "1997-01-01", "2025-06-30");
        String district = area("Huyện Lý Nhân", "DISTRICT", oldProvince, "1997-01-01", "2025-06-30");
        String newProvince = area("Tỉnh Ninh Bình", "PROVINCE", null, "2025-07-01", null);

        assertProblem(api().post("/api/membership/areas", officer, """
                {"name":"Huyện Mới","level":"DISTRICT","parentId":"%s","validFrom":"2025-07-01"}""".formatted(newProvince)),
                422, "district-after-reform");
        assertProblem(api().post("/api/membership/areas", officer, """
                {"name":"Xã Nhân Mỹ","level":"COMMUNE","parentId":"%s","validFrom":"2000-01-01"}""".formatted(district)),
                422, "area-spans-reform");
        assertProblem(api().post("/api/membership/areas", officer, """
                {"name":"Xã Nhân Mỹ","level":"COMMUNE","parentId":"%s","validFrom":"2000-01-01","validTo":"2025-06-30"}"""
                .formatted(oldProvince)), 422, "area-wrong-parent");
        assertProblem(api().post("/api/membership/areas", officer, """
                {"name":"Xã Nhân Mỹ","level":"COMMUNE","parentId":"%s","validFrom":"1990-01-01","validTo":"2025-06-30"}"""
                .formatted(district)), 422, "area-outside-parent-period");
        assertProblem(api().post("/api/membership/areas", officer, """
                {"name":"Phường Phủ Lý","level":"WARD","parentId":"%s","validFrom":"2025-07-01"}""".formatted(district)),
                422, "area-wrong-parent");
        assertProblem(api().post("/api/membership/areas", officer, """
                {"name":"Tỉnh","level":"PROVINCE","validFrom":"2025-07-01","validTo":"2025-01-01"}"""),
                422, "area-ends-before-start");
    }

    @Test
    void shouldCloseAnAreaOnlyOnceItsChildrenEnd() {
        String province = area("Tỉnh Quảng Trị", "PROVINCE", null, "2025-07-01", null);
        String ward = area("Phường Đông Hà", "WARD", province, "2025-07-01", null);
        assertProblem(api().post("/api/membership/areas/" + province + "/close", officer,
                "{\"validTo\":\"2030-12-31\"}"), 422, "area-has-later-children");
        ok(api().post("/api/membership/areas/" + ward + "/close", officer, "{\"validTo\":\"2030-12-31\"}"), 200);
        JsonNode closed = ok(api().post("/api/membership/areas/" + province + "/close", officer,
                "{\"validTo\":\"2030-12-31\"}"), 200);
        assertThat(closed.get("validTo").asString()).isEqualTo("2030-12-31");
        assertThat(ok(api().get("/api/membership/areas/tree?asOf=2031-01-01", officer), 200).size()).isZero();
        awaitEvent(AreaEvent.TOPIC, province, AreaEvent.CLOSED);
        awaitEvent(AreaEvent.TOPIC, ward, AreaEvent.DEFINED);
    }

    @Test
    void shouldFindUnitsOfTheAreasBelowAnArea() {
        String province = area("Tỉnh Ninh Bình", "PROVINCE", null, "2025-07-01", null);
        String ward = area("Phường Tam Điệp", "WARD", province, "2025-07-01", null);
        ok(api().post("/api/membership/units", officer, """
                {"name":"HTX Xây dựng Tam Điệp","kind":"COOPERATIVE","taxCode":"%s","sector":"CONSTRUCTION",
                 "areaId":"%s"}""".formatted(newTaxCode(), ward)), 201);
        assertThat(ok(api().get("/api/membership/units?areaId=" + province, officer), 200).get("total").asLong())
                .isEqualTo(1);
        assertProblem(api().post("/api/membership/units", officer, """
                {"name":"HTX","kind":"COOPERATIVE","taxCode":"%s","sector":"OTHER","areaId":"nowhere"}"""
                .formatted(newTaxCode())), 422, "unknown-area");
        assertProblem(api().get("/api/membership/areas/" + ward, NB), 404, "not-found");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>(List.of(node.get("name").asString()));
        node.get("children").forEach(child -> names.addAll(names(child)));
        return names;
    }
}
