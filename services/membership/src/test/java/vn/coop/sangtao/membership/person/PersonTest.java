package vn.coop.sangtao.membership.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;
import static vn.coop.sangtao.platform.test.TestTokens.unitRep;

@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class PersonTest extends MembershipApi {

    private String register(String bearer, String unitId, String name, String phone, String email, String username) {
        return ok(api().post("/api/membership/people", bearer, """
                {"unitId":"%s","fullName":"%s","kind":"MEMBER","gender":"FEMALE","birthYear":1985,
                 "phone":"%s","email":"%s","username":%s}"""
                .formatted(unitId, name, phone, email, username == null ? "null" : "\"" + username + "\"")), 201)
                .get("id").asString();
    }

    @Test
    void shouldShowPhoneAndEmailOnlyToStaffAndThePersonAndNeverPublishOrLogThem(CapturedOutput output) {
        String unit = registerUnit(NB, "HTX Thêu ren Văn Lâm");
        String phone = "0912 734 215";
        String email = "hoa.nguyen.vanlam@example.vn";
        String id = register(NB, unit, "Nguyễn Thị Hoa", phone, email, "nb.hoa");
        ok(api().put("/api/membership/people/" + id + "?version=0", NB, """
                {"fullName":"Nguyễn Thị Hoa","kind":"CADRE","position":"Giám đốc","phone":"%s","email":"%s",
                 "username":"nb.hoa"}""".formatted(phone, email)), 200);

        assertThat(ok(api().get("/api/membership/people/" + id, NB), 200).get("phone").asString()).isEqualTo(phone);
        JsonNode asMember = ok(api().get("/api/membership/people/" + id, NB_MEMBER), 200);
        assertThat(asMember.has("phone")).isFalse();
        assertThat(asMember.has("email")).isFalse();
        assertThat(asMember.get("contactHidden").asBoolean()).isTrue();
        JsonNode asSelf = ok(api().get("/api/membership/people/" + id, bearer("ninh-binh", "nb.hoa", "MEMBER")), 200);
        assertThat(asSelf.get("email").asString()).isEqualTo(email);
        assertThat(ok(api().get("/api/membership/people?q=nguyen%20thi%20hoa&unitId=" + unit, NB_MEMBER), 200)
                .get("items").get(0).has("phone")).isFalse();

        EventProbe.Received registered = awaitEvent(PersonEvent.TOPIC, id, PersonEvent.REGISTERED);
        EventProbe.Received updated = awaitEvent(PersonEvent.TOPIC, id, PersonEvent.UPDATED);
        for (EventProbe.Received event : new EventProbe.Received[]{registered, updated}) {
            assertThat(event.value()).doesNotContain(phone).doesNotContain(email).contains("Nguyễn Thị Hoa");
        }
        assertThat(ok(api().get("/api/membership/audit?aggregateId=" + id, NB), 200).toString())
                .doesNotContain(phone).doesNotContain(email);
        assertThat(output.getAll()).doesNotContain(phone).doesNotContain(email);
    }

    @Test
    void shouldLetAUnitRepresentativeManageThePeopleOfTheirOwnUnitOnly() {
        String taxCode = newTaxCode();
        String own = registerUnit(NB, "HTX Du lịch cộng đồng Tràng An", taxCode);
        String other = registerUnit(NB, "HTX Vận tải Hoa Lư");
        String rep = unitRep("ninh-binh", "nb.unitrep", taxCode);

        String id = register(rep, own, "Phạm Văn Long", "0987 111 222", "long@example.vn", null);
        assertProblem(api().post("/api/membership/people", rep, """
                {"unitId":"%s","fullName":"Lê Thị Mai","kind":"WORKER"}""".formatted(other)), 403, "not-your-unit");
        String stranger = register(NB, other, "Lê Thị Mai", "0987 333 444", "mai@example.vn", null);
        assertProblem(api().put("/api/membership/people/" + stranger + "?version=0", rep,
                "{\"fullName\":\"Lê Mai\",\"kind\":\"WORKER\"}"), 403, "not-your-unit");
        assertThat(ok(api().get("/api/membership/people/" + id, rep), 200).get("contactHidden").asBoolean()).isTrue();

        assertThat(api().put("/api/membership/units/" + own + "?version=0", rep,
                "{\"name\":\"HTX Du lịch cộng đồng Tràng An\",\"kind\":\"COOPERATIVE\",\"sector\":\"TRADE_SERVICES\","
                        + "\"head\":\"Phạm Văn Long\"}").status()).isEqualTo(200);
        assertProblem(api().put("/api/membership/units/" + other + "?version=0", rep,
                "{\"name\":\"HTX khác\",\"kind\":\"COOPERATIVE\",\"sector\":\"TRANSPORT\"}"), 403, "not-your-unit");
        assertProblem(api().post("/api/membership/units/" + own + "/status", rep,
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2026-01-01\"}"), 403, "forbidden");
    }

    @Test
    void shouldKeepTheUnitHistoryWhenAPersonMovesAndLeaves() {
        String from = registerUnit(NB, "HTX Nông nghiệp Khánh Thiện");
        String to = registerUnit(NB, "Liên hiệp HTX Nông sản sạch Ninh Bình");
        String id = ok(api().post("/api/membership/people", NB, """
                {"unitId":"%s","fullName":"Đinh Văn Hùng","kind":"CADRE","since":"2019-03-01"}""".formatted(from)), 201)
                .get("id").asString();

        JsonNode moved = ok(api().post("/api/membership/people/" + id + "/move", NB,
                "{\"toUnitId\":\"%s\",\"effectiveFrom\":\"2026-09-01\"}".formatted(to)), 200);
        assertThat(moved.get("unitId").asString()).isEqualTo(to);
        assertThat(moved.get("assignments").get(0).get("until").asString()).isEqualTo("2026-08-31");
        assertProblem(api().post("/api/membership/people/" + id + "/move", NB,
                "{\"toUnitId\":\"%s\",\"effectiveFrom\":\"2026-10-01\"}".formatted(to)), 422, "person-already-in-unit");

        JsonNode left = ok(api().post("/api/membership/people/" + id + "/leave", NB,
                "{\"leftOn\":\"2026-10-31\",\"reason\":\"Nghỉ hưu\"}"), 200);
        assertThat(left.get("status").asString()).isEqualTo("LEFT");
        assertProblem(api().post("/api/membership/people/" + id + "/leave", NB, "{\"leftOn\":\"2026-11-01\"}"), 422,
                "person-has-left");
        assertThat(ok(api().get("/api/membership/people?status=LEFT&unitId=" + to, NB), 200).get("total").asLong())
                .isEqualTo(1);
        awaitEvent(PersonEvent.TOPIC, id, PersonEvent.MOVED);
        awaitEvent(PersonEvent.TOPIC, id, PersonEvent.LEFT);
        assertProblem(api().get("/api/membership/people/" + id, QT), 404, "not-found");
    }
}
