package vn.coop.sangtao.initiatives.document;

import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.AuthorKind;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;
import vn.coop.sangtao.initiatives.initiative.RecognitionLevel;
import vn.coop.sangtao.platform.document.OfficialWording;

/**
 * The Vietnamese of certificates and dossiers that is particular to initiatives; the wording every
 * official paper shares is {@link OfficialWording}.
 */
final class Wording {

    static final String CERTIFICATE = "GIẤY CHỨNG NHẬN SÁNG KIẾN";
    static final String MOVEMENT = "Phong trào thi đua “Đoàn kết sáng tạo”";
    static final String LETTER = "THƯ GIỚI THIỆU";

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

    static String decision(Certificate c) {
        return "Đã được công nhận " + level(c.level()) + " theo Quyết định số " + c.decisionNumber() + " ngày "
                + OfficialWording.day(c.decisionDate()) + ".";
    }

    /** "Nguyễn Thị Hoa (HTX Gia Trấn): 60%"; a unit author is named once. */
    static String author(Author author) {
        boolean ownUnit = author.kind() == AuthorKind.UNIT || author.unitName() == null
                || author.unitName().equals(author.name());
        return author.name() + (ownUnit ? "" : " (" + author.unitName() + ")") + ": " + author.contribution() + "%";
    }
}
