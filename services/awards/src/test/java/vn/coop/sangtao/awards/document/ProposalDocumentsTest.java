package vn.coop.sangtao.awards.document;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class ProposalDocumentsTest extends AwardsApi {

    private static final String DECISION = "45/QĐ-LMHTX";

    private boolean unitKnown;

    @Test
    void shouldPrintTheLetterMinutesAndDecisionInVietnameseAndTheDecisionOnlyOnceDecided() throws IOException {
        String person = person("Lê Thị Mai");
        String id = proposal(person);
        assertThat(paperText(id, "letter")).contains("TỜ TRÌNH", "Về việc đề nghị khen thưởng Giấy khen năm 2026",
                "cho cá nhân Lê Thị Mai", "Hoàn thành xuất sắc nhiệm vụ, sáng kiến sấy lúa bằng năng lượng mặt trời",
                "Kết luận: đủ điều kiện đề nghị khen thưởng.");
        step(id, "submit");
        step(id, "vote");
        assertProblem(api().get(document(id, "minutes"), officer), 422, "vote-not-closed");
        castVotes(id, true, false);
        assertThat(step(id, "close-vote").get("status").asString()).isEqualTo("APPROVED");
        assertProblem(api().get(document(id, "decision"), officer), 422, "not-decided");
        decide(id);

        String decision = paperText(id, "decision");
        assertThat(decision).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: " + DECISION,
                "Ngày 28 tháng 12 năm 2026", "QUYẾT ĐỊNH", "Điều 1. Tặng Giấy khen năm 2026 cho cá nhân Lê Thị Mai",
                "0,3 lần mức lương cơ sở: 702.000 đồng", "GIẤY KHEN",
                "Theo Quyết định số " + DECISION + " ngày 28/12/2026");
        assertThat(paperText(id, "letter")).contains("Đạt:", "Lê Thị Mai");

        String other = bearer("other-tenant", "o", "EMULATION_OFFICER");
        for (String paper : new String[] {"letter", "minutes", "decision"}) {
            assertProblem(api().get(document(id, paper), other), 404, "not-found");
        }
    }

    @Test
    void shouldListWhoVotedAndTheCountsInTheMinutesButNeverAnyonesVote() throws IOException {
        String first = decidedProposal(person("Phạm Thị Hằng"), true, false);
        String second = decidedProposal(person("Đỗ Văn Quý"), false, true);

        String minutes = paperText(first, "minutes");
        assertThat(minutes).contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG", "cho cá nhân Phạm Thị Hằng",
                "Tổng số thành viên hội đồng: 3.", "Số thành viên đã biểu quyết: 3 (trong đó 1 biểu quyết bằng văn bản)",
                "Ủy viên c1 (c1): biểu quyết tại cuộc họp.", "Ủy viên c2 (c2): biểu quyết bằng văn bản.",
                "2 phiếu tán thành, 1 phiếu không tán thành", "cần ít nhất 2/3 thành viên biểu quyết; đạt.",
                "cần ít nhất 2/3 phiếu tán thành", "Kết luận: Hội đồng thông qua đề nghị khen thưởng.");
        // c1 and c2 voted the other way round on the second proposal: the two minutes must read the same
        String swapped = paperText(second, "minutes");
        assertThat(swapped.replace("Đỗ Văn Quý", "Phạm Thị Hằng").replace(second, first)).isEqualTo(minutes);
    }

    @Test
    void shouldListTheDecisionInTheRegisterWithItsAmountInDong() {
        String id = decidedProposal(person("Vũ Thị Lan"), true, true);
        JsonNode register = ok(api().get("/api/awards/decisions?year=2026", officer), 200);
        assertThat(register.get("total").asLong()).isEqualTo(1);
        JsonNode entry = register.get("items").get(0);
        assertThat(entry.get("proposalId").asString()).isEqualTo(id);
        assertThat(entry.get("number").asString()).isEqualTo(DECISION);
        assertThat(entry.get("date").asString()).isEqualTo("2026-12-28");
        assertThat(entry.get("nominee").get("name").asString()).isEqualTo("Vũ Thị Lan");
        assertThat(entry.get("awardName").asString()).isEqualTo("Giấy khen (cá nhân)");
        assertThat(entry.get("amountVnd").asLong()).as("0.3 × 2,340,000").isEqualTo(702_000);
        assertThat(ok(api().get("/api/awards/decisions?year=2027", officer), 200).get("total").asLong()).isZero();
        assertThat(ok(api().get("/api/awards/decisions", bearer("other-tenant", "o", "EMULATION_OFFICER")), 200)
                .get("items").valueStream().map(e -> e.get("proposalId").asString())).doesNotContain(id);
    }

    private String person(String fullName) {
        if (!unitKnown) {
            knownUnit(EXAMPLE_UNIT, "HTX Nông nghiệp Gia Trấn");
            unitKnown = true;
        }
        return knownPerson(EXAMPLE_UNIT, fullName, 2026);
    }

    /** A draft for a Giấy khen in a thematic round, before a council of three. */
    private String proposal(String person) {
        String round = ok(api().post("/api/awards/rounds", officer,
                "{\"name\":\"Khen thưởng chuyên đề\",\"kind\":\"EVENT\",\"year\":2026}"), 201).get("id").asString();
        council("c1", "c2", "c3");
        return ok(api().post("/api/awards/proposals", officer, """
                {"roundId":"%s","nomineeKind":"PERSON","nomineeId":"%s","awardCode":"GIAY_KHEN_CN",
                 "achievements":"Hoàn thành xuất sắc nhiệm vụ, sáng kiến sấy lúa bằng năng lượng mặt trời"}"""
                .formatted(round, person)), 201).get("id").asString();
    }

    private String decidedProposal(String person, boolean c1, boolean c2) {
        String id = proposal(person);
        step(id, "submit");
        step(id, "vote");
        castVotes(id, c1, c2);
        step(id, "close-vote");
        decide(id);
        return id;
    }

    /** c1 votes at the meeting, c2 in writing through the officer, c3 yes: two yes and one no when c1 ≠ c2. */
    private void castVotes(String id, boolean c1, boolean c2) {
        vote(id, "c1", c1);
        ok(api().post("/api/awards/proposals/" + id + "/ballots", officer,
                "{\"yes\":%s,\"written\":true,\"member\":\"c2\"}".formatted(c2)), 200);
        vote(id, "c3", true);
    }

    private void decide(String id) {
        ok(api().post("/api/awards/proposals/" + id + "/decide", admin,
                "{\"granted\":true,\"number\":\"%s\",\"date\":\"2026-12-28\"}".formatted(DECISION)), 200);
    }

    private static String document(String id, String paper) {
        return "/api/awards/proposals/" + id + "/documents/" + paper;
    }

    private String paperText(String id, String paper) {
        return pdfText(document(id, paper), officer);
    }
}
