package vn.coop.sangtao.membership.club;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;

@ServiceTest
class ClubTest extends MembershipApi {

    @Test
    void shouldListAClubWithItsCurrentAndPastMembers() {
        String host = registerUnit(NB, "HTX Nông nghiệp Gia Viễn");
        String member = registerUnit(NB, "Tổ hợp tác Nuôi ong Cúc Phương");
        String person = ok(api().post("/api/membership/people", NB, """
                {"unitId":"%s","fullName":"Vũ Thị Thu","kind":"MEMBER"}""".formatted(host)), 201).get("id").asString();
        String club = ok(api().post("/api/membership/clubs", NB, """
                {"name":"CLB Khởi nghiệp, sáng tạo Gia Viễn","hostUnitId":"%s","foundedOn":"2023-05-19"}"""
                .formatted(host)), 201).get("id").asString();

        ok(api().post("/api/membership/clubs/" + club + "/members", NB,
                "{\"kind\":\"PERSON\",\"memberId\":\"%s\",\"joinedOn\":\"2024-01-15\"}".formatted(person)), 200);
        ok(api().post("/api/membership/clubs/" + club + "/members", NB,
                "{\"kind\":\"UNIT\",\"memberId\":\"%s\",\"joinedOn\":\"2024-02-01\"}".formatted(member)), 200);
        assertProblem(api().post("/api/membership/clubs/" + club + "/members", NB,
                "{\"kind\":\"PERSON\",\"memberId\":\"%s\",\"joinedOn\":\"2024-03-01\"}".formatted(person)), 409,
                "already-club-member");
        assertProblem(api().post("/api/membership/clubs/" + club + "/members", NB,
                "{\"kind\":\"PERSON\",\"memberId\":\"nobody\",\"joinedOn\":\"2024-03-01\"}"), 404, "not-found");
        ok(api().post("/api/membership/clubs/" + club + "/members/" + person + "/leave", NB,
                "{\"leftOn\":\"2026-06-30\"}"), 200);

        JsonNode listed = ok(api().get("/api/membership/clubs?q=khoi%20nghiep%20sang%20tao%20gia%20vien", NB_MEMBER), 200)
                .get("items").get(0);
        assertThat(listed.get("hostUnitName").asString()).isEqualTo("HTX Nông nghiệp Gia Viễn");
        JsonNode members = listed.get("members");
        assertThat(members.get(0).get("name").asString()).isEqualTo("Tổ hợp tác Nuôi ong Cúc Phương");
        assertThat(members.get(1).get("name").asString()).isEqualTo("Vũ Thị Thu");
        assertThat(members.get(1).get("leftOn").asString()).isEqualTo("2026-06-30");
        awaitEvent(ClubEvent.TOPIC, club, ClubEvent.FOUNDED);
        awaitEvent(ClubEvent.TOPIC, club, ClubEvent.MEMBERSHIP_CHANGED);
        assertProblem(api().get("/api/membership/clubs/" + club, QT), 404, "not-found");
    }
}
