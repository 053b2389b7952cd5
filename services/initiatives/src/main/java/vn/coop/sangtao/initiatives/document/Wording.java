package vn.coop.sangtao.initiatives.document;

import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.AuthorKind;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;
import vn.coop.sangtao.initiatives.initiative.RecognitionLevel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Vietnamese of certificates and dossiers. These are official papers of a Vietnamese alliance,
 * printed and filed as they are: their wording does not follow the caller's language as problem
 * messages do, so it lives here rather than in the message bundles.
 */
final class Wording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String CERTIFICATE = "GIẤY CHỨNG NHẬN SÁNG KIẾN";
    static final String MOVEMENT = "Phong trào thi đua “Đoàn kết sáng tạo”";
    static final String LETTER = "THƯ GIỚI THIỆU";
    static final String SIGNATURE_NOTE = "(Ký, ghi rõ họ tên và đóng dấu)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Wording() {
    }

    static String kind(InitiativeKind kind) {
        return switch (kind) {
            case INITIATIVE -> "Sáng kiến";
            case IDEA -> "Ý tưởng";
            case MODEL -> "Mô hình";
            case CREATIVE_WAY_OF_WORKING -> "Cách làm sáng tạo";
        };
    }

    static String level(RecognitionLevel level) {
        return switch (level) {
            case UNIT -> "cấp cơ sở";
            case PROVINCIAL -> "cấp tỉnh";
            case NATIONAL -> "cấp toàn quốc";
        };
    }

    /** 20/10/2026, as decisions are cited. */
    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** "ngày 20 tháng 10 năm 2026", as the date line of a letter reads. */
    static String longDay(LocalDate date) {
        return "ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String decision(Certificate c) {
        return "Đã được công nhận " + level(c.level()) + " theo Quyết định số " + c.decisionNumber() + " ngày "
                + day(c.decisionDate()) + ".";
    }

    /** "Nguyễn Thị Hoa (HTX Gia Trấn): 60%"; a unit author is named once. */
    static String author(Author author) {
        boolean ownUnit = author.kind() == AuthorKind.UNIT || author.unitName() == null
                || author.unitName().equals(author.name());
        return author.name() + (ownUnit ? "" : " (" + author.unitName() + ")") + ": " + author.contribution() + "%";
    }

    static String signedFor(String allianceName) {
        return "TM. " + allianceName.toUpperCase(VIETNAMESE);
    }
}
