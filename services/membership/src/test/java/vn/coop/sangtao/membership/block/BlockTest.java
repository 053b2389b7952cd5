package vn.coop.sangtao.membership.block;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.membership.unit.UnitBlockChanged;
import vn.coop.sangtao.membership.unit.UnitRegistered;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;

@ServiceTest
class BlockTest extends MembershipApi {

    private String form(int year, String name) {
        return ok(api().post("/api/membership/blocks", NB, "{\"year\":%d,\"name\":\"%s\"}".formatted(year, name)), 201)
                .get("id").asString();
    }

    private String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private ApiResult seat(String blockId, String unitId, boolean move) {
        var response = api().post("/api/membership/blocks/" + blockId + "/units", NB,
                "{\"unitId\":\"%s\",\"move\":%s}".formatted(unitId, move));
        return new ApiResult(response.status(), response.body());
    }

    private record ApiResult(int status, String body) {
    }

    @Test
    void shouldKeepAUnitInAtMostOneBlockAYear() {
        String first = form(2026, unique("Khối nông nghiệp"));
        String second = form(2026, unique("Khối thủ công"));
        String nextYear = form(2027, unique("Khối nông nghiệp"));
        String unit = registerUnit(NB, "HTX Mây tre đan Phú Sơn");

        assertThat(seat(first, unit, false).status()).isEqualTo(200);
        assertProblem(api().post("/api/membership/blocks/" + second + "/units", NB,
                "{\"unitId\":\"%s\"}".formatted(unit)), 409, "unit-in-another-block");
        assertThat(seat(nextYear, unit, false).status()).isEqualTo(200);
        assertThat(seat(second, unit, true).status()).isEqualTo(200);

        JsonNode seats = ok(api().get("/api/membership/units/" + unit, NB), 200).get("blocks");
        assertThat(seats.size()).isEqualTo(2);
        assertThat(seats.get(0).get("blockId").asString()).isEqualTo(second);
        assertThat(seats.get(1).get("blockId").asString()).isEqualTo(nextYear);
        assertThat(ok(api().get("/api/membership/blocks/" + first, NB), 200).get("members").size()).isZero();
        assertThat(ok(api().get("/api/membership/units?blockId=" + second, NB), 200).get("total").asLong()).isEqualTo(1);
        awaitEvent(UnitRegistered.TOPIC, unit, UnitBlockChanged.TYPE);
    }

    @Test
    void shouldChooseTheLeaderAndDeputyAmongTheMembers() {
        String name = unique("Khối HTX nông nghiệp số 1");
        String block = form(2026, name);
        String leader = registerUnit(NB, "HTX Nông nghiệp Gia Trấn");
        String deputy = registerUnit(NB, "HTX Dịch vụ Nông nghiệp Khánh Thiện");
        String outsider = registerUnit(NB, "HTX Vận tải Hoa Lư");
        seat(block, leader, false);
        seat(block, deputy, false);
        String lead = "{\"name\":\"%s\",\"leaderUnitId\":\"%s\",\"deputyUnitId\":\"%s\"}";

        assertProblem(api().put("/api/membership/blocks/" + block + "?version=0", NB,
                lead.formatted(name, leader, outsider)), 422, "leader-not-member");
        assertProblem(api().put("/api/membership/blocks/" + block + "?version=0", NB,
                lead.formatted(name, leader, leader)), 422, "leader-and-deputy-differ");
        JsonNode led = ok(api().put("/api/membership/blocks/" + block + "?version=0", NB,
                lead.formatted(name, leader, deputy)), 200);
        assertThat(led.get("leaderUnitId").asString()).isEqualTo(leader);
        assertThat(led.get("members").size()).isEqualTo(2);
        assertProblem(api().send("DELETE", "/api/membership/blocks/" + block + "/units/" + leader, NB, null), 422,
                "leader-cannot-leave");
        awaitEvent(BlockEvent.TOPIC, block, BlockEvent.CHANGED);
    }

    @Test
    void shouldRefuseASecondBlockOfTheSameNameInAYear() {
        String name = unique("Khối tín dụng");
        form(2026, name);
        assertProblem(api().post("/api/membership/blocks", NB, "{\"year\":2026,\"name\":\"%s\"}".formatted(name)), 409,
                "duplicate-block");
        assertThat(api().post("/api/membership/blocks", QT, "{\"year\":2026,\"name\":\"%s\"}".formatted(name))
                .status()).isEqualTo(201);
        assertProblem(api().post("/api/membership/blocks", NB_MEMBER, "{\"year\":2026,\"name\":\"X\"}"), 403,
                "forbidden");
    }
}
