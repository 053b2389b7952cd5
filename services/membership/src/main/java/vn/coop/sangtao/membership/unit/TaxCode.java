package vn.coop.sangtao.membership.unit;

import java.util.regex.Pattern;

/**
 * A Vietnamese tax code (mã số thuế): ten digits whose last is a check digit, optionally followed by
 * "-" and a three-digit branch number. The check digit is 10 minus the weighted sum of the first nine
 * digits modulo 11; a code whose check would be 10 is never issued.
 */
public final class TaxCode {

    private static final Pattern SHAPE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    /** Whether a search text is (the start of) a tax code rather than words of a name. */
    public static boolean looksLikeOne(String text) {
        return text.matches("\\d[\\d-]*");
    }

    public static boolean isValid(String code) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            return false;
        }
        if (code.length() == 14 && code.endsWith("-000")) {
            return false;
        }
        int check = checkDigit(code.substring(0, 9));
        return check < 10 && check == code.charAt(9) - '0';
    }

    /** The check digit for nine leading digits; 10 means no valid code starts with them. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return 10 - sum % 11;
    }
}
