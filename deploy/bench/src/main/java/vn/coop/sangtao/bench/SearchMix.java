package vn.coop.sangtao.bench;

import java.util.List;
import java.util.Random;

/**
 * The searches an alliance's staff run on the unit list: name fragments typed without accents,
 * filters by kind, sector and status, and paging through sorted results. Every query of a mix is
 * the same whatever the size of the data, so that runs at 5,000 and 50,000 units compare.
 */
final class SearchMix {

	/** One kind of search, and the query strings it draws from. */
	record Kind(String name, List<String> queries) {
	}

	static final List<Kind> KINDS = List.of(
			new Kind("name fragment, no accents",
					List.of("q=nong%20nghiep", "q=gia%20tran", "q=van%20tai", "q=dich%20vu", "q=my%20nghe",
							"q=truong%20yen", "q=kim%20son", "q=hoa%20lu", "q=tin%20dung", "q=dong%20tam")),
			new Kind("kind/sector/status filter",
					List.of("kind=COOPERATIVE_GROUP", "sector=TRANSPORT", "status=ACTIVE",
							"kind=COOPERATIVE&sector=AGRICULTURE", "kind=ENTERPRISE&sector=CONSTRUCTION&status=ACTIVE",
							"sector=CREDIT&sort=JOINED_ON&direction=DESC")),
			new Kind("paging sorted list",
					List.of("page=0", "page=3", "page=9&size=50", "sort=TAX_CODE&page=5", "sort=JOINED_ON&direction=DESC&page=2",
							"q=ninh&page=1")));

	private SearchMix() {
	}

	/** The kind of search number {@code i}: the kinds take turns. */
	static Kind kindOf(int i) {
		return KINDS.get(Math.floorMod(i, KINDS.size()));
	}

	/** The query of search number {@code i}, drawn from its kind with a seeded choice. */
	static String queryOf(int i) {
		List<String> queries = kindOf(i).queries();
		return queries.get(new Random(i).nextInt(queries.size()));
	}

}
