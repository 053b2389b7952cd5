package vn.coop.sangtao.local;

/**
 * Makes valid Vietnamese tax codes for demo and smoke data: nine digits plus the check digit (10 minus
 * the weighted sum modulo 11, weights 31 29 23 19 17 13 7 5 3), as any client that registers units
 * must supply them. Prefixes whose check would be 10 are skipped.
 */
public final class TaxCodes {

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCodes() {
	}

	/** The first valid code at or after {@code nineDigits}, which must be a nine-digit number. */
	public static String from(long nineDigits) {
		for (long n = nineDigits;; n++) {
			String nine = String.format("%09d", n);
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (nine.charAt(i) - '0') * WEIGHTS[i];
			}
			int check = 10 - sum % 11;
			if (check < 10) {
				return nine + check;
			}
		}
	}

}
