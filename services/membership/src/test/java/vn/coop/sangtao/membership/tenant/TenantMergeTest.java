package vn.coop.sangtao.membership.tenant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.person.PersonEvent;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.membership.unit.UnitRegistered;
import vn.coop.sangtao.membership.unit.UnitTransferred;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class TenantMergeTest extends MembershipApi {

    private static final String ADMIN = bearer("vca", "admin", "PLATFORM_ADMIN");

    private String newTenant(String prefix, String name) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api().post("/api/membership/tenants", ADMIN,
                "{\"id\":\"%s\",\"name\":\"%s\",\"establishedOn\":\"1997-01-01\"}".formatted(id, name)), 201);
        return id;
    }

    private static String officer(String tenant) {
        return bearer(tenant, "officer." + tenant, "EMULATION_OFFICER");
    }

    @Test
    void shouldMoveUnitsPeopleAndHistoryAndKeepOldIdsResolvingWhenATenantIsMerged() {
        String survivor = newTenant("ninh-binh", "Liên minh HTX tỉnh Ninh Bình");
        String merged = newTenant("ha-nam", "Liên minh HTX tỉnh Hà Nam");
        String haNam = officer(merged);
        String unitId = registerUnit(haNam, "HTX Dịch vụ nông nghiệp Nhân Mỹ");
        ok(api().post("/api/membership/units/" + unitId + "/status", haNam,
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2025-03-01\",\"reason\":\"Tạm ngừng\"}"), 200);
        String personId = ok(api().post("/api/membership/people", haNam, """
                {"unitId":"%s","fullName":"Trần Văn Bình","kind":"MEMBER","phone":"0912 000 111"}""".formatted(unitId)),
                201).get("id").asString();
        registerUnit(officer(survivor), "HTX Nông nghiệp Gia Trấn");
        String blockName = "Khối HTX nông nghiệp số 1";
        ok(api().post("/api/membership/blocks", officer(survivor), "{\"year\":2026,\"name\":\"%s\"}".formatted(blockName)),
                201);
        String haNamBlock = ok(api().post("/api/membership/blocks", haNam,
                "{\"year\":2026,\"name\":\"%s\"}".formatted(blockName)), 201).get("id").asString();
        ok(api().post("/api/membership/blocks/" + haNamBlock + "/units", haNam, "{\"unitId\":\"%s\"}".formatted(unitId)),
                200);

        JsonNode result = ok(api().post("/api/membership/tenants/" + merged + "/merge", ADMIN,
                "{\"into\":\"%s\",\"effectiveOn\":\"2025-07-01\"}".formatted(survivor)), 200);

        assertThat(result.get("status").asString()).isEqualTo("MERGED");
        assertThat(result.get("resolvedId").asString()).isEqualTo(survivor);
        JsonNode oldTenant = ok(api().get("/api/membership/tenants/" + merged, haNam), 200);
        assertThat(oldTenant.get("mergedInto").asString()).isEqualTo(survivor);
        assertThat(ok(api().get("/api/membership/tenants/" + survivor, ADMIN), 200).get("absorbed").toString())
                .contains(merged);

        String ninhBinh = officer(survivor);
        JsonNode unit = ok(api().get("/api/membership/units/" + unitId, ninhBinh), 200);
        assertThat(unit.get("statusHistory").size()).isEqualTo(2);
        assertThat(unit.get("formerTenantIds").get(0).asString()).isEqualTo(merged);
        assertThat(ok(api().get("/api/membership/units?q=nhan%20my", ninhBinh), 200).get("total").asLong()).isEqualTo(1);
        assertThat(ok(api().get("/api/membership/people/" + personId, ninhBinh), 200).get("unitId").asString())
                .isEqualTo(unitId);
        assertProblem(api().get("/api/membership/units/" + unitId, haNam), 404, "not-found");
        JsonNode block = ok(api().get("/api/membership/blocks/" + haNamBlock, ninhBinh), 200);
        assertThat(block.get("name").asString()).isEqualTo(blockName + " (" + merged + ")");
        assertThat(block.get("members").get(0).get("unitId").asString()).isEqualTo(unitId);
        JsonNode audit = ok(api().get("/api/membership/audit?aggregateId=" + unitId, ninhBinh), 200);
        assertThat(audit.toString()).contains(UnitRegistered.TYPE).contains("vn.coop.sangtao.unit.status-changed.v1");

        EventProbe.Received transferred = awaitEvent(UnitRegistered.TOPIC, unitId, UnitTransferred.TYPE);
        assertThat(transferred.headers().get("ce_tenantid")).isEqualTo(survivor);
        awaitEvent(PersonEvent.TOPIC, personId, PersonEvent.TRANSFERRED);
        awaitEvent(TenantEvent.TOPIC, merged, TenantEvent.MERGED);
    }

    @Test
    void shouldMoveNothingAndAnswer409WhenBothTenantsHoldTheSameTaxCode() {
        String survivor = newTenant("nb", "Liên minh HTX tỉnh Ninh Bình");
        String merged = newTenant("nd", "Liên minh HTX tỉnh Nam Định");
        String taxCode = newTaxCode();
        registerUnit(officer(survivor), "HTX Hải Hậu", taxCode);
        String other = registerUnit(officer(merged), "HTX Hải Hậu (Nam Định)", taxCode);
        String kept = registerUnit(officer(merged), "HTX Giao Thủy");

        JsonNode problem = assertProblem(api().post("/api/membership/tenants/" + merged + "/merge", ADMIN,
                "{\"into\":\"%s\",\"effectiveOn\":\"2025-07-01\"}".formatted(survivor)), 409, "merge-conflicts");
        assertThat(problem.get("detail").asString()).contains(taxCode);

        assertThat(ok(api().get("/api/membership/units/" + kept, officer(merged)), 200).get("version").asLong()).isZero();
        assertThat(ok(api().get("/api/membership/units/" + other, officer(merged)), 200).get("id").asString())
                .isEqualTo(other);
        assertThat(ok(api().get("/api/membership/tenants/" + merged, ADMIN), 200).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void shouldRetireOnlyAnEmptyTenantAndNeverTheNationalOne() {
        String empty = newTenant("thu-nghiem", "Liên minh thử nghiệm");
        String busy = newTenant("qt", "Liên minh HTX tỉnh Quảng Trị");
        registerUnit(officer(busy), "HTX Hồ tiêu Vĩnh Linh");
        String retire = "{\"retiredOn\":\"2026-12-31\",\"reason\":\"Tạo nhầm\"}";

        assertProblem(api().post("/api/membership/tenants/" + busy + "/retire", ADMIN, retire), 422, "tenant-has-records");
        assertThat(ok(api().post("/api/membership/tenants/" + empty + "/retire", ADMIN, retire), 200)
                .get("status").asString()).isEqualTo("RETIRED");
        awaitEvent(TenantEvent.TOPIC, empty, TenantEvent.RETIRED);
        assertProblem(api().post("/api/membership/tenants/vca/retire", ADMIN, retire), 422, "national-tenant-fixed");
        assertProblem(api().post("/api/membership/tenants/" + busy + "/merge", ADMIN,
                "{\"into\":\"" + empty + "\",\"effectiveOn\":\"2025-07-01\"}"), 422, "merge-target-not-active");
    }

    @Test
    void shouldKeepTenantsToThePlatformAdmin() {
        assertProblem(api().post("/api/membership/tenants", bearer("ninh-binh", "nb.admin", "TENANT_ADMIN"),
                "{\"id\":\"ha-nam-x\",\"name\":\"X\"}"), 403, "forbidden");
        String id = newTenant("dup", "Trùng");
        assertProblem(api().post("/api/membership/tenants", ADMIN, "{\"id\":\"%s\",\"name\":\"Y\"}".formatted(id)),
                409, "duplicate-tenant");
        assertProblem(api().post("/api/membership/tenants", ADMIN, "{\"id\":\"Hà Nam\",\"name\":\"Y\"}"), 400,
                "validation-failed");
        JsonNode created = awaitCreated(id);
        assertThat(created.get("parentId").asString()).isEqualTo("vca");
        assertThat(ok(api().get("/api/membership/tenants/vca", NB), 200).get("kind").asString()).isEqualTo("NATIONAL");
    }

    private JsonNode awaitCreated(String id) {
        EventProbe.Received event = awaitEvent(TenantEvent.TOPIC, id, TenantEvent.CREATED);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(event.value());
    }
}
