package vn.coop.sangtao.awards.document;

import vn.coop.sangtao.awards.catalogue.GrantingLevel;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.platform.document.OfficialWording;

import java.util.Locale;

/** The Vietnamese of awards' papers that the shared {@link OfficialWording} does not say. */
final class AwardWording {

    static final String NATIONAL_ALLIANCE = "Liên minh Hợp tác xã Việt Nam";
    static final String COUNCIL = "Hội đồng Thi đua, Khen thưởng";
    static final String LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";

    private AwardWording() {
    }

    /** "cá nhân Lê Thị Mai", "tập thể HTX Nông nghiệp Gia Trấn". */
    static String nominee(Nominee nominee) {
        return (nominee.kind() == Nominee.Kind.UNIT ? "tập thể " : "cá nhân ") + nominee.name();
    }

    /** "Giấy khen năm 2026": the award's name without the catalogue's "(cá nhân)" or "(tập thể)". */
    static String award(Proposal p) {
        return plainName(p.awardName()) + " năm " + p.year();
    }

    /** Who grants the award, to whom a proposal beyond the alliance's authority is addressed. */
    static String grantor(GrantingLevel level, String alliance) {
        return switch (level) {
            case ALLIANCE -> COUNCIL + " " + alliance;
            case PROVINCE -> "Ủy ban nhân dân tỉnh";
            case NATIONAL -> NATIONAL_ALLIANCE;
        };
    }

    /**
     * The heading of the award's paper: a bằng khen, giấy khen or cờ thi đua is named by itself; a
     * title (Lao động tiên tiến, Chiến sĩ thi đua) or the Golden Book is certified.
     */
    static String paperHeading(String awardName) {
        String plain = plainName(awardName);
        String lower = plain.toLowerCase(OfficialWording.VIETNAMESE);
        if (lower.startsWith("bằng khen") || lower.startsWith("giấy khen") || lower.startsWith("cờ thi đua")) {
            return plain.toUpperCase(OfficialWording.VIETNAMESE);
        }
        return "GIẤY CHỨNG NHẬN";
    }

    /** 702000 as "702.000 đồng". */
    static String vnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
    }

    /** 0.3 as "0,3", 8.0 as "8". */
    static String multiple(double multiple) {
        String text = multiple == Math.rint(multiple) ? Long.toString((long) multiple) : Double.toString(multiple);
        return text.replace('.', ',');
    }

    private static String plainName(String awardName) {
        return awardName.replaceAll("\\s*\\((cá nhân|tập thể)\\)$", "");
    }
}
