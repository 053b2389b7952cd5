package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.platform.text.Text;

import java.util.regex.Pattern;

/** How sheet headers and listed words are compared: folded, then letters and digits only. */
final class Words {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private Words() {
    }

    /** "Liên hiệp HTX", "LIEN HIEP HTX" and "lien_hiep-htx" all give "lienhiephtx". */
    static String key(String text) {
        return text == null ? "" : NOT_ALPHANUMERIC.matcher(Text.fold(text)).replaceAll("");
    }
}
