package vn.coop.sangtao.platform.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The fixed Vietnamese of an official paper: the national heading and motto, dates as letters and
 * decisions cite them, and the signature block. Papers are printed and filed as they are, so their
 * wording does not follow the caller's language as problem messages do.
 */
public final class OfficialWording {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String SIGNATURE_NOTE = "(Ký, ghi rõ họ tên và đóng dấu)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OfficialWording() {
    }

    /** 20/10/2026, as decisions are cited. */
    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** "ngày 20 tháng 10 năm 2026", as the date line of a letter reads. */
    public static String longDay(LocalDate date) {
        return "ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "Ngày 20 tháng 10 năm 2026", the date line on its own. */
    public static String dateLine(LocalDate date) {
        String text = longDay(date);
        return text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    /** "TM. LIÊN MINH HỢP TÁC XÃ TỈNH NINH BÌNH": signed on behalf of the body. */
    public static String signedFor(String body) {
        return "TM. " + body.toUpperCase(VIETNAMESE);
    }

    /** The heading of every paper: the issuer on the left, the nation and its motto on the right. */
    public static void heading(PdfPages pages, String issuer, float fontSize) {
        pages.twoColumns(List.of(issuer.toUpperCase(VIETNAMESE)), List.of(NATION, MOTTO), fontSize,
                PdfPages.Style.BOLD);
    }

    /**
     * The opening of a portrait paper (letter, report, minutes): a new page with the heading, the
     * place-and-date line on the right, then the paper's name in capitals and what it is about.
     */
    public static void opening(PdfPages pages, String issuer, LocalDate dated, String name, float nameSize,
                               String subject) {
        pages.newPage(PdfPages.PORTRAIT, false);
        heading(pages, issuer, 10);
        pages.space(6);
        pages.rightBlock(dateLine(dated), 10, PdfPages.Style.ITALIC);
        pages.space(14);
        pages.centred(name, nameSize, PdfPages.Style.BOLD, true);
        pages.centred(subject, 12, PdfPages.Style.BOLD, false);
    }

    /** The signature block in the right half: signed for {@code body}, with the note on signing and sealing. */
    public static void signature(PdfPages pages, String body) {
        pages.rightBlock(signedFor(body), 11, PdfPages.Style.BOLD);
        pages.rightBlock(SIGNATURE_NOTE, 9, PdfPages.Style.ITALIC);
    }
}
