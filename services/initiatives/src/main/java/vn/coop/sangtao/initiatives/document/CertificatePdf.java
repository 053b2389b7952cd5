package vn.coop.sangtao.initiatives.document;

import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.platform.document.OfficialWording;
import vn.coop.sangtao.platform.document.PdfPages;

import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;

/** Prints recognition certificates and Golden Book dossiers. */
final class CertificatePdf {

    private CertificatePdf() {
    }

    static byte[] certificate(Certificate certificate) {
        try (PdfPages pages = new PdfPages(Wording.CERTIFICATE + ": " + certificate.title(),
                certificate.allianceName(), created(certificate))) {
            draw(pages, certificate);
            return pages.toBytes();
        }
    }

    static byte[] dossier(GoldenBookDossier dossier) {
        try (PdfPages pages = new PdfPages("Hồ sơ đề cử Sách vàng Sáng tạo Việt Nam năm " + dossier.year(),
                dossier.allianceName(), GregorianCalendar.from(dossier.preparedOn().atStartOfDay(ZoneOffset.UTC)))) {
            letter(pages, dossier);
            dossier.nominees().forEach(nominee -> draw(pages, nominee.certificate()));
            return pages.toBytes();
        }
    }

    /** One landscape page: the alliance and the motto, the heading, the work, its authors and the decision. */
    private static void draw(PdfPages pages, Certificate c) {
        pages.newPage(PdfPages.LANDSCAPE, true);
        OfficialWording.heading(pages, c.allianceName(), 11);
        pages.space(34);
        pages.centred(Wording.CERTIFICATE, 28, PdfPages.Style.BOLD, true);
        pages.centred(Wording.MOVEMENT, 12, PdfPages.Style.ITALIC, false);
        pages.space(22);
        pages.centred(c.allianceName() + " chứng nhận", 13, PdfPages.Style.REGULAR, false);
        pages.centred(Wording.kind(c.kind()) + ":", 13, PdfPages.Style.REGULAR, false);
        pages.space(4);
        pages.centred(c.title(), 18, PdfPages.Style.BOLD, true);
        pages.space(18);
        pages.paragraph("Tác giả:", 12, PdfPages.Style.BOLD, 40, 0);
        for (Author author : c.authors()) {
            pages.paragraph("• " + Wording.author(author), 12, PdfPages.Style.REGULAR, 60, 10);
        }
        pages.space(4);
        pages.paragraph("Đơn vị áp dụng: " + c.applyingUnitName(), 12, PdfPages.Style.REGULAR, 40, 20);
        pages.space(4);
        pages.paragraph(Wording.decision(c), 12, PdfPages.Style.REGULAR, 40, 20);
        pages.space(24);
        pages.rightBlock(OfficialWording.dateLine(c.decisionDate()), 11, PdfPages.Style.ITALIC);
        OfficialWording.signature(pages, c.allianceName());
        pages.footer("Mã sáng kiến: " + c.initiativeId(), 8);
    }

    /** The letter of introduction: the works in order, each with its nomination letter. */
    private static void letter(PdfPages pages, GoldenBookDossier d) {
        OfficialWording.opening(pages, d.allianceName(), d.preparedOn(), Wording.LETTER, 18,
                "Đề cử công trình vào Sách vàng Sáng tạo Việt Nam năm " + d.year());
        pages.space(10);
        pages.paragraph("Kính gửi: Hội đồng xét chọn Sách vàng Sáng tạo Việt Nam.", 12, PdfPages.Style.REGULAR, 0,
                0);
        pages.space(4);
        pages.paragraph(d.allianceName() + " trân trọng giới thiệu " + d.nominees().size()
                + " công trình tiêu biểu của phong trào thi đua “Đoàn kết sáng tạo” đề cử vào Sách vàng Sáng tạo "
                + "Việt Nam năm " + d.year() + ":", 12, PdfPages.Style.REGULAR, 0, 0);
        int number = 1;
        for (GoldenBookDossier.Nominee nominee : d.nominees()) {
            Certificate c = nominee.certificate();
            pages.space(8);
            pages.paragraph(number++ + ". " + c.title(), 12, PdfPages.Style.BOLD, 0, 16);
            pages.paragraph(Wording.kind(c.kind()) + ", công nhận " + Wording.level(c.level()) + " theo Quyết định số "
                    + c.decisionNumber() + " ngày " + OfficialWording.day(c.decisionDate()) + ".", 11,
                    PdfPages.Style.ITALIC, 16, 0);
            pages.paragraph("Tác giả: " + String.join("; ", c.authors().stream().map(Wording::author).toList()) + ".",
                    11, PdfPages.Style.REGULAR, 16, 0);
            pages.paragraph(nominee.letter(), 11, PdfPages.Style.REGULAR, 16, 0);
        }
        pages.space(10);
        pages.paragraph("Hồ sơ kèm theo: " + d.nominees().size() + " giấy chứng nhận sáng kiến.", 11,
                PdfPages.Style.ITALIC, 0, 0);
        pages.space(10);
        OfficialWording.signature(pages, d.allianceName());
    }

    private static Calendar created(Certificate c) {
        return GregorianCalendar.from(c.decisionDate().atStartOfDay(ZoneOffset.UTC));
    }
}
