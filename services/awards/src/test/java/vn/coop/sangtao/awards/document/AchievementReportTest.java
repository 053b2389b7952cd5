package vn.coop.sangtao.awards.document;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class AchievementReportTest extends AwardsApi {

    private static String report(String proposalId) {
        return "/api/awards/proposals/" + proposalId + "/documents/report";
    }

    @Test
    void shouldReportAPersonsInitiativeUnitAttestationsAndEarlierAwardsInVietnamese() {
        String id = draftedCertificate("Lê Thị Mai");
        String person = ok(api().get("/api/awards/proposals/" + id, officer), 200).get("nominee").get("id").asString();
        recognised(person, "PROVINCIAL");
        ok(api().post("/api/awards/history", officer, """
                {"nomineeKind":"PERSON","nomineeId":"%s","awardCode":"CSTDCS","year":2025,"thematic":false,
                 "decisionNumber":"12/QĐ-LMHTX","decisionDate":"2025-12-20"}""".formatted(person)), 201);

        await().atMost(Duration.ofSeconds(20)).until(() -> pdfText(report(id), officer).contains("Sấy lúa"));
        String text = pdfText(report(id), officer);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO THÀNH TÍCH",
                "Đề nghị tặng Giấy khen năm 2026", "Họ và tên: Lê Thị Mai", "Đơn vị: HTX Nông nghiệp Gia Trấn",
                "II. THÀNH TÍCH ĐẠT ĐƯỢC NĂM 2026",
                "1. Thành tích: Hoàn thành xuất sắc nhiệm vụ, sáng kiến sấy lúa bằng năng lượng mặt trời",
                "- \"Sấy lúa bằng năng lượng mặt trời\", được công nhận cấp tỉnh năm 2026.",
                "3. Kết quả chấm điểm thi đua: chưa có kết quả.",
                "4. Tham gia hoạt động của phong trào: 0 hoạt động trong năm (của đơn vị).",
                "Xác nhận: - Hoàn thành tốt nhiệm vụ được giao",
                "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN",
                "- Năm 2025: Chiến sĩ thi đua cơ sở, Quyết định số 12/QĐ-LMHTX ngày 20/12/2025.",
                "NGƯỜI BÁO CÁO THÀNH TÍCH", "Mã đề nghị: " + id);
        assertThat(text).as("the year's own title is not an earlier award").doesNotContain("Năm 2026: Lao động");

        assertProblem(api().get(report(id), bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER")), 404,
                "not-found");
    }

    @Test
    void shouldReportACollectivesScoreRankActivitiesAndMembersTitles() {
        String unit = UUID.randomUUID().toString();
        knownUnit(unit, "HTX Nông nghiệp Gia Trấn");
        knownPerson(unit, "Nguyễn Văn An", 2026);
        knownPerson(unit, "Trần Thị Bích", 2025);
        String review = UUID.randomUUID().toString();
        send("campaigns.review.events", "vn.coop.sangtao.review.closed.v1", review,
                example("vn.coop.sangtao.review.closed.v1", EXAMPLE_REVIEW, review, EXAMPLE_UNIT, unit));
        for (int i = 0; i < 2; i++) {
            String activity = UUID.randomUUID().toString();
            send("campaigns.activity.events", "vn.coop.sangtao.activity.recorded.v1", activity,
                    example("vn.coop.sangtao.activity.recorded.v1", "c4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70", activity,
                            EXAMPLE_UNIT, unit));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("/api/awards/history", officer, """
                {"nomineeKind":"UNIT","nomineeId":"%s","awardCode":"TT_LDTT","year":2025,"thematic":false,
                 "decisionNumber":"9/QĐ-LMHTX","decisionDate":"2025-12-22"}""".formatted(unit)).status() == 201);
        String round = ok(api().post("/api/awards/rounds", officer,
                "{\"name\":\"Khen thưởng chuyên đề\",\"kind\":\"EVENT\",\"year\":2026}"), 201).get("id").asString();
        String id = draft(round, "UNIT", unit, "TT_LDTT").get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String text = pdfText(report(id), officer);
            return text.contains("2 hoạt động") && text.contains("85 điểm");
        });
        String text = pdfText(report(id), officer);
        assertThat(text).contains("Đề nghị tặng Tập thể lao động tiên tiến năm 2026",
                "Tên tập thể: HTX Nông nghiệp Gia Trấn", "2. Sáng kiến được công nhận: không có.",
                "- Tổng kết năm 2026 (tổng kết năm): 85 điểm, xếp thứ 1 trong khối thi đua.",
                "4. Tham gia hoạt động của phong trào: 2 hoạt động trong năm.",
                "5. Thành viên: 2 thành viên đang hoạt động, trong đó: - 1/2 đạt Lao động tiên tiến.",
                "- Năm 2025: Tập thể lao động tiên tiến, Quyết định số 9/QĐ-LMHTX ngày 22/12/2025.",
                "THỦ TRƯỞNG ĐƠN VỊ");
        assertThat(text).doesNotContain("Họ và tên", "Xác nhận:");
    }
}
