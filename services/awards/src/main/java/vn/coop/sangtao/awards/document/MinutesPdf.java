package vn.coop.sangtao.awards.document;

import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.proposal.Tally;
import vn.coop.sangtao.platform.document.OfficialWording;
import vn.coop.sangtao.platform.document.PdfPages;
import vn.coop.sangtao.platform.document.PdfPages.Style;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

/**
 * The minutes of the council's vote (biên bản họp hội đồng): who voted and how (at the meeting or
 * in writing), the counts and the marks. It is printed from the tally alone, which holds no ballot,
 * so no member's choice can reach the paper.
 */
final class MinutesPdf {

    private MinutesPdf() {
    }

    /** {@code names}: the council members' full names by username, where known. */
    static byte[] print(Proposal p, String alliance, LocalDate heldOn, Map<String, String> names) {
        Tally t = p.tally();
        try (PdfPages pages = new PdfPages("Biên bản họp hội đồng: " + p.nominee().name(), alliance,
                GregorianCalendar.from(heldOn.atStartOfDay(ZoneOffset.UTC)))) {
            OfficialWording.opening(pages, alliance, heldOn,
                    "BIÊN BẢN HỌP " + AwardWording.COUNCIL.toUpperCase(OfficialWording.VIETNAMESE), 16,
                    "Xét đề nghị khen thưởng " + AwardWording.award(p) + " cho " + AwardWording.nominee(p.nominee()));
            pages.space(10);
            pages.paragraph("1. Tổng số thành viên hội đồng: " + t.members() + ".", 12, Style.REGULAR, 0, 16);
            long written = t.voters().stream().filter(Tally.Voter::written).count();
            pages.paragraph("2. Số thành viên đã biểu quyết: " + t.voters().size() + " (trong đó " + written
                    + " biểu quyết bằng văn bản):", 12, Style.REGULAR, 0, 16);
            voters(pages, t.voters(), names);
            pages.paragraph("3. Kết quả biểu quyết: " + t.yes() + " phiếu tán thành, " + t.no()
                    + " phiếu không tán thành.", 12, Style.REGULAR, 0, 16);
            pages.paragraph("4. Túc số: cần ít nhất " + t.quorumNeeded() + "/" + t.members()
                    + " thành viên biểu quyết; " + (t.quorum() ? "đạt." : "không đạt."), 12, Style.REGULAR, 0, 16);
            pages.paragraph("5. Mức thông qua: cần ít nhất " + t.passNeeded() + "/" + t.members()
                    + " phiếu tán thành, tính trên tổng số thành viên hội đồng.", 12, Style.REGULAR, 0, 16);
            pages.space(6);
            pages.paragraph(result(t), 12, Style.BOLD, 0, 0);
            pages.space(18);
            pages.twoColumns(List.of("THƯ KÝ HỘI ĐỒNG"), List.of("CHỦ TỊCH HỘI ĐỒNG"), 11, Style.BOLD);
            pages.twoColumns(List.of(OfficialWording.SIGNATURE_NOTE), List.of(OfficialWording.SIGNATURE_NOTE), 9,
                    Style.ITALIC);
            pages.footer("Mã đề nghị: " + p.id(), 8);
            return pages.toBytes();
        }
    }

    private static void voters(PdfPages pages, List<Tally.Voter> voters, Map<String, String> names) {
        int number = 1;
        for (Tally.Voter voter : voters) {
            String name = names.getOrDefault(voter.username(), voter.username());
            pages.paragraph(number++ + ") " + name + " (" + voter.username() + "): "
                    + (voter.written() ? "biểu quyết bằng văn bản" : "biểu quyết tại cuộc họp") + ".", 11,
                    Style.REGULAR, 24, 16);
        }
    }

    private static String result(Tally t) {
        if (!t.quorum()) {
            return "Kết luận: cuộc họp không đủ túc số; đề nghị không được thông qua.";
        }
        return t.passed() ? "Kết luận: Hội đồng thông qua đề nghị khen thưởng."
                : "Kết luận: Hội đồng không thông qua đề nghị khen thưởng.";
    }
}
