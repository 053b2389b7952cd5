package vn.coop.sangtao.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One candidate of the eligibility bench's round: a member unit, the award it is proposed for, and
 * the five years of earlier awards behind it. Everything follows from the candidate's number, so
 * the bench knows each verdict before it asks for it and counts the answers that differ.
 * <ul>
 * <li>award, by number modulo 10: six in ten {@value #FIVE_YEARS} (attested, 5 consecutive years of
 * Tập thể lao động tiên tiến and 2 of Tập thể lao động xuất sắc), two TT_LDXS (which fails: the bench
 * units have no members), one TT_LDTT (attested only), one CO_THI_DUA (fails: no block rank);</li>
 * <li>history, modulo 7: 0–2 the full five years (TT_LDTT each year, TT_LDXS the last two), 3 a year
 * missing, 4 TT_LDXS only in the round's year, 5 one TT_LDTT from a thematic round (which merit awards
 * ignore), 6 the full five years and a Giấy khen each year;</li>
 * <li>no attestation on the proposal when the number is 5 modulo 19; an open hold when it is 11 modulo 53.</li>
 * </ul>
 */
record RoundCandidate(int index, String unitId) {

	/** The award type the bench adds to the tenant's catalogue, whose rules read consecutive years. */
	static final String FIVE_YEARS = "TT_5NAM_THUTAI";

	/** An award granted before Sangtao, as {@code POST /api/awards/history} records it. */
	record Earlier(String award, int year, boolean thematic) {
	}

	private static final List<String> AWARDS = List.of(FIVE_YEARS, FIVE_YEARS, FIVE_YEARS, FIVE_YEARS, FIVE_YEARS,
			FIVE_YEARS, "TT_LDXS", "TT_LDXS", "TT_LDTT", "CO_THI_DUA");

	String award() {
		return AWARDS.get(this.index % AWARDS.size());
	}

	int profile() {
		return this.index % 7;
	}

	boolean attested() {
		return this.index % 19 != 5;
	}

	boolean held() {
		return this.index % 53 == 11;
	}

	/** The awards of the five years up to and including the round's {@code year}, oldest first. */
	List<Earlier> history(int year) {
		List<Earlier> awards = new ArrayList<>();
		for (int y = year - 4; y <= year; y++) {
			if (!(profile() == 3 && y == year - 2)) {
				awards.add(new Earlier("TT_LDTT", y, profile() == 5 && y == year - 1));
			}
			if (y == year || (y == year - 1 && profile() != 4)) {
				awards.add(new Earlier("TT_LDXS", y, false));
			}
			if (profile() == 6) {
				awards.add(new Earlier("GIAY_KHEN_TT", y, false));
			}
		}
		return awards;
	}

	/** The verdict the rules should reach. */
	boolean eligible() {
		if (held()) {
			return false;
		}
		return switch (award()) {
			case FIVE_YEARS -> attested() && profile() != 3 && profile() != 4 && profile() != 5;
			case "TT_LDTT" -> attested();
			default -> false;
		};
	}

}
