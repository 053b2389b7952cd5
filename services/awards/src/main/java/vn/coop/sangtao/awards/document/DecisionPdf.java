package vn.coop.sangtao.awards.document;

import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.proposal.Decision;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.platform.document.OfficialWording;
import vn.coop.sangtao.platform.document.PdfPages;
import vn.coop.sangtao.platform.document.PdfPages.Style;

import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;

/** The decision that grants an award (quyết định khen thưởng), then the award's certificate (bằng, giấy khen). */
final class DecisionPdf {

    private DecisionPdf() {
    }

    /** {@code issuer}: the body that decided; {@code amountVnd}: the award's amount at the base salary. */
    static byte[] print(Proposal p, String issuer, long amountVnd) {
        Decision d = p.decision();
        try (PdfPages pages = new PdfPages("Quyết định số " + number(d) + ": " + p.nominee().name(), issuer,
                GregorianCalendar.from(d.date().atStartOfDay(ZoneOffset.UTC)))) {
            decision(pages, p, issuer, amountVnd);
            certificate(pages, p, issuer);
            return pages.toBytes();
        }
    }

    private static void decision(PdfPages pages, Proposal p, String issuer, long amountVnd) {
        Decision d = p.decision();
        pages.newPage(PdfPages.PORTRAIT, false);
        OfficialWording.heading(pages, issuer, 10);
        pages.space(6);
        pages.twoColumns(List.of("Số: " + number(d)), List.of(OfficialWording.dateLine(d.date())), 10, Style.ITALIC);
        pages.space(14);
        pages.centred("QUYẾT ĐỊNH", 18, Style.BOLD, true);
        pages.centred("Về việc khen thưởng " + AwardWording.award(p), 12, Style.BOLD, false);
        pages.space(8);
        pages.centred(issuer.toUpperCase(OfficialWording.VIETNAMESE), 12, Style.BOLD, false);
        pages.space(6);
        pages.paragraph(AwardWording.LAW, 11, Style.ITALIC, 0, 0);
        if (p.tally() != null) {
            pages.paragraph("Căn cứ kết quả biểu quyết của " + AwardWording.COUNCIL + " (" + p.tally().yes() + "/"
                    + p.tally().members() + " thành viên tán thành);", 11, Style.ITALIC, 0, 0);
        }
        pages.space(8);
        pages.centred("QUYẾT ĐỊNH:", 13, Style.BOLD, false);
        pages.space(4);
        pages.paragraph("Điều 1. Tặng " + AwardWording.award(p) + " cho " + AwardWording.nominee(p.nominee())
                + achievements(p), 12, Style.REGULAR, 0, 0);
        pages.paragraph("Điều 2. Kèm theo mức thưởng " + AwardWording.multiple(p.amountMultiple())
                + " lần mức lương cơ sở: " + AwardWording.vnd(amountVnd) + ".", 12, Style.REGULAR, 0, 0);
        pages.paragraph("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các đơn vị, cá nhân có liên quan chịu trách "
                + "nhiệm thi hành Quyết định này.", 12, Style.REGULAR, 0, 0);
        pages.space(14);
        OfficialWording.signature(pages, issuer);
        pages.footer("Mã đề nghị: " + p.id(), 8);
    }

    /** One landscape page in a frame: the paper's heading, the nominee, the achievements and the decision. */
    private static void certificate(PdfPages pages, Proposal p, String issuer) {
        Decision d = p.decision();
        pages.newPage(PdfPages.LANDSCAPE, true);
        OfficialWording.heading(pages, issuer, 11);
        pages.space(30);
        pages.centred(AwardWording.paperHeading(p.awardName()), 28, Style.BOLD, true);
        pages.space(16);
        pages.centred(issuer + " tặng " + AwardWording.award(p), 13, Style.REGULAR, false);
        pages.centred("cho " + (p.nominee().kind() == Nominee.Kind.UNIT ? "tập thể" : "cá nhân"), 13, Style.REGULAR,
                false);
        pages.space(4);
        pages.centred(p.nominee().name(), 20, Style.BOLD, true);
        pages.space(12);
        if (p.achievements() != null && !p.achievements().isBlank()) {
            pages.paragraph("Đã có thành tích: " + p.achievements(), 12, Style.REGULAR, 40, 20);
        }
        pages.paragraph("Theo Quyết định số " + number(d) + " ngày " + OfficialWording.day(d.date()) + ".", 12,
                Style.REGULAR, 40, 20);
        pages.space(20);
        pages.rightBlock(OfficialWording.dateLine(d.date()), 11, Style.ITALIC);
        OfficialWording.signature(pages, issuer);
        pages.footer("Số quyết định: " + number(d) + " · Mã đề nghị: " + p.id(), 8);
    }

    private static String achievements(Proposal p) {
        return p.achievements() == null || p.achievements().isBlank() ? "."
                : ", đã có thành tích: " + p.achievements().strip().replaceAll("[.;]$", "") + ".";
    }

    private static String number(Decision d) {
        return d.number() == null || d.number().isBlank() ? "……" : d.number();
    }
}
