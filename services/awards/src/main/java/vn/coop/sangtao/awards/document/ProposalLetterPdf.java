package vn.coop.sangtao.awards.document;

import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.rule.RuleVerdict;
import vn.coop.sangtao.awards.rule.Verdict;
import vn.coop.sangtao.platform.document.OfficialWording;
import vn.coop.sangtao.platform.document.PdfPages;
import vn.coop.sangtao.platform.document.PdfPages.Style;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

/** The proposal letter (tờ trình đề nghị khen thưởng): who is proposed for what, on which achievements and rules. */
final class ProposalLetterPdf {

    private ProposalLetterPdf() {
    }

    /** {@code verdict} is null for a proposal received from a province, whose rules were judged there. */
    static byte[] print(Proposal p, Verdict verdict, String alliance, LocalDate dated) {
        try (PdfPages pages = new PdfPages("Tờ trình đề nghị khen thưởng: " + p.nominee().name(), alliance,
                GregorianCalendar.from(dated.atStartOfDay(ZoneOffset.UTC)))) {
            OfficialWording.opening(pages, alliance, dated, "TỜ TRÌNH",
                    18, "Về việc đề nghị khen thưởng " + AwardWording.award(p));
            pages.space(10);
            pages.paragraph("Kính gửi: " + AwardWording.grantor(p.awardLevel(), alliance) + ".", 12, Style.REGULAR, 0,
                    0);
            pages.space(4);
            pages.paragraph(alliance + " đề nghị khen thưởng " + AwardWording.award(p) + " cho "
                    + AwardWording.nominee(p.nominee()) + ".", 12, Style.REGULAR, 0, 0);
            achievements(pages, p);
            if (verdict != null) {
                verdict(pages, verdict);
            }
            pages.space(14);
            OfficialWording.signature(pages, alliance);
            pages.footer("Mã đề nghị: " + p.id(), 8);
            return pages.toBytes();
        }
    }

    private static void achievements(PdfPages pages, Proposal p) {
        pages.space(8);
        pages.paragraph("I. Thành tích", 12, Style.BOLD, 0, 0);
        String text = p.achievements() == null || p.achievements().isBlank() ? "(chưa ghi)" : p.achievements();
        pages.paragraph(text, 11, Style.REGULAR, 16, 0);
        for (String attestation : p.attestations()) {
            pages.paragraph("Xác nhận: " + attestation, 11, Style.ITALIC, 16, 0);
        }
    }

    private static void verdict(PdfPages pages, Verdict verdict) {
        pages.space(8);
        pages.paragraph("II. Kết quả xét điều kiện khen thưởng", 12, Style.BOLD, 0, 0);
        for (RuleVerdict rule : verdict.rules()) {
            pages.paragraph((rule.passed() ? "Đạt: " : "Chưa đạt: ") + rule.explanation(), 11, Style.REGULAR, 16, 20);
        }
        pages.paragraph(verdict.eligible() ? "Kết luận: đủ điều kiện đề nghị khen thưởng."
                : "Kết luận: chưa đủ điều kiện đề nghị khen thưởng.", 11, Style.BOLD, 16, 0);
    }
}
