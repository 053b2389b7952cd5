package vn.coop.sangtao.membership.hold;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;

@ServiceTest
class HoldTest extends MembershipApi {

    @Test
    void shouldOpenAndCloseAHoldWithReasonsAndPublishBothWithoutTheReasons() {
        String unit = registerUnit(NB, "HTX Xây dựng Tam Điệp");
        String reason = "Thanh tra việc sử dụng vốn hỗ trợ năm 2025";
        String hold = ok(api().post("/api/membership/holds", NB, """
                {"subject":"UNIT","subjectId":"%s","kind":"INSPECTION","reason":"%s","openedOn":"2026-08-01"}"""
                .formatted(unit, reason)), 201).get("id").asString();
        assertThat(ok(api().get("/api/membership/holds?open=true&subjectId=" + unit, NB), 200).get("total").asLong())
                .isEqualTo(1);

        assertProblem(api().post("/api/membership/holds/" + hold + "/close", NB,
                "{\"closedOn\":\"2026-07-01\",\"reason\":\"Sớm quá\"}"), 422, "hold-closed-before-opened");
        JsonNode closed = ok(api().post("/api/membership/holds/" + hold + "/close", NB,
                "{\"closedOn\":\"2026-10-15\",\"reason\":\"Kết luận thanh tra: không vi phạm\"}"), 200);
        assertThat(closed.get("closedBy").asString()).isEqualTo("nb.officer");
        assertProblem(api().post("/api/membership/holds/" + hold + "/close", NB,
                "{\"closedOn\":\"2026-10-16\",\"reason\":\"Lần nữa\"}"), 422, "hold-already-closed");
        assertThat(ok(api().get("/api/membership/holds?open=true&subjectId=" + unit, NB), 200).get("total").asLong())
                .isZero();

        EventProbe.Received opened = awaitEvent(HoldEvent.TOPIC, hold, HoldEvent.OPENED);
        assertThat(opened.value()).doesNotContain(reason);
        awaitEvent(HoldEvent.TOPIC, hold, HoldEvent.CLOSED);
    }

    @Test
    void shouldKeepHoldsToStaffAndToRealSubjectsOfTheTenant() {
        String unit = registerUnit(QT, "HTX Hồ tiêu Vĩnh Linh");
        assertProblem(api().post("/api/membership/holds", NB, """
                {"subject":"UNIT","subjectId":"%s","kind":"DISCIPLINE","reason":"x","openedOn":"2026-08-01"}"""
                .formatted(unit)), 404, "not-found");
        assertProblem(api().get("/api/membership/holds", NB_MEMBER), 403, "forbidden");
        assertProblem(api().post("/api/membership/holds", NB, "{\"subject\":\"UNIT\",\"kind\":\"RUMOUR\"}"), 400,
                "validation-failed");
    }
}
