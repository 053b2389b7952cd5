package vn.coop.sangtao.awards.document;

import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.platform.document.OfficialWording;
import vn.coop.sangtao.platform.document.PdfPages;
import vn.coop.sangtao.platform.document.PdfPages.Style;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The achievement report (báo cáo thành tích) of a proposal's dossier: who the nominee is, what they
 * achieved in the year as Sangtao knows it (recognised initiatives, campaign scores and block ranks,
 * activities attended, a collective's members' titles, the attestations), and the awards of earlier
 * years. The nominee signs it and their head confirms it.
 */
final class AchievementReportPdf {

    private static final Map<String, String> LEVELS = Map.of("UNIT", "cấp cơ sở", "PROVINCIAL", "cấp tỉnh",
            "NATIONAL", "toàn quốc");
    private static final Map<String, String> REVIEWS = Map.of("SIX_MONTH", "sơ kết 6 tháng", "YEAR_END",
            "tổng kết năm", "EVENT", "chuyên đề");
    private static final float BODY = 11;

    private AchievementReportPdf() {
    }

    static byte[] print(Proposal p, AchievementReport report, String alliance, LocalDate dated) {
        boolean unit = p.nominee().kind() == Nominee.Kind.UNIT;
        try (PdfPages pages = new PdfPages("Báo cáo thành tích: " + p.nominee().name(), alliance,
                GregorianCalendar.from(dated.atStartOfDay(ZoneOffset.UTC)))) {
            OfficialWording.opening(pages, alliance, dated, "BÁO CÁO THÀNH TÍCH",
                    18, "Đề nghị tặng " + AwardWording.award(p));
            pages.space(10);
            heading(pages, "I. THÔNG TIN CHUNG");
            line(pages, (unit ? "Tên tập thể: " : "Họ và tên: ") + p.nominee().name());
            if (!unit) {
                line(pages, "Đơn vị: " + (report.unitName() == null ? "(chưa rõ)" : report.unitName()));
            }
            achievements(pages, p, report, unit);
            earlier(pages, report.earlierAwards());
            pages.space(16);
            pages.twoColumns(List.of(unit ? "XÁC NHẬN CỦA " + alliance.toUpperCase(OfficialWording.VIETNAMESE)
                    : "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN"), List.of(unit ? "THỦ TRƯỞNG ĐƠN VỊ" : "NGƯỜI BÁO CÁO THÀNH TÍCH"),
                    10, Style.BOLD);
            pages.twoColumns(List.of(OfficialWording.SIGNATURE_NOTE), List.of("(Ký, ghi rõ họ tên)"), 9, Style.ITALIC);
            pages.footer("Mã đề nghị: " + p.id(), 8);
            return pages.toBytes();
        }
    }

    private static void achievements(PdfPages pages, Proposal p, AchievementReport report, boolean unit) {
        heading(pages, "II. THÀNH TÍCH ĐẠT ĐƯỢC NĂM " + p.year());
        line(pages, "1. Thành tích: " + (p.achievements() == null || p.achievements().isBlank() ? "(chưa ghi)"
                : p.achievements().strip()));
        line(pages, "2. Sáng kiến được công nhận:" + (report.initiatives().isEmpty() ? " không có." : ""));
        report.initiatives().forEach(i -> item(pages, "\"" + i.title() + "\", được công nhận "
                + LEVELS.getOrDefault(i.level(), i.level()) + " năm " + i.year() + "."));
        line(pages, "3. Kết quả chấm điểm thi đua:" + (report.reviews().isEmpty() ? " chưa có kết quả." : ""));
        report.reviews().forEach(r -> item(pages, r.title() + " (" + REVIEWS.getOrDefault(r.kind(), r.kind()) + "): "
                + score(r.total()) + " điểm" + (r.blockRank() == null ? "" : ", xếp thứ " + r.blockRank()
                + " trong khối thi đua") + "."));
        line(pages, "4. Tham gia hoạt động của phong trào: " + report.activities() + " hoạt động trong năm"
                + (unit ? "." : " (của đơn vị)."));
        int next = 5;
        if (report.members() != null) {
            AchievementReport.Members m = report.members();
            line(pages, next++ + ". Thành viên: " + m.active() + " thành viên đang hoạt động"
                    + (m.holding().isEmpty() ? "." : ", trong đó:"));
            m.holding().forEach(h -> item(pages, h.count() + "/" + m.active() + " đạt " + h.awardName() + "."));
        }
        if (!p.attestations().isEmpty()) {
            line(pages, next + ". Xác nhận:");
            p.attestations().forEach(a -> item(pages, a));
        }
    }

    private static void earlier(PdfPages pages, List<AchievementReport.Earlier> awards) {
        heading(pages, "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN");
        if (awards.isEmpty()) {
            line(pages, "Chưa có hình thức khen thưởng nào được ghi nhận.");
        }
        awards.forEach(a -> item(pages, "Năm " + a.year() + ": " + a.awardName()
                + (a.decisionNumber() == null || a.decisionNumber().isBlank() ? "" : ", Quyết định số "
                + a.decisionNumber() + (a.decisionDate() == null ? "" : " ngày " + OfficialWording.day(a.decisionDate())))
                + (a.thematic() ? " (đợt chuyên đề)" : "") + "."));
    }

    private static void heading(PdfPages pages, String text) {
        pages.space(8);
        pages.paragraph(text, 12, Style.BOLD, 0, 0);
    }

    private static void line(PdfPages pages, String text) {
        pages.paragraph(text, BODY, Style.REGULAR, 16, 12);
    }

    private static void item(PdfPages pages, String text) {
        pages.paragraph("- " + text, BODY, Style.REGULAR, 32, 10);
    }

    /** 87.5 as "87,5", 90.0 as "90". */
    private static String score(double total) {
        String text = total == Math.rint(total) ? Long.toString((long) total)
                : String.format(Locale.ROOT, "%.2f", total).replaceAll("0+$", "");
        return text.replace('.', ',');
    }
}
