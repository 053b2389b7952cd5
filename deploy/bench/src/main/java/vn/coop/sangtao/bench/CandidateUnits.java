package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The member units the eligibility bench proposes: new ones each run, imported through membership
 * in one sheet, with tax codes from a block of their own (850,000,000 and up, which the other
 * benches and the demo do not use), so that a run never meets an earlier run's proposals.
 */
final class CandidateUnits {

	private final SangtaoApi api;

	private final SheetImport imports;

	private final Supplier<String> staff;

	private final List<String> notes;

	CandidateUnits(String gateway, Supplier<String> admin, List<String> notes) {
		this.api = new SangtaoApi(gateway);
		this.imports = new SheetImport(gateway, admin);
		this.staff = admin;
		this.notes = notes;
	}

	/**
	 * Imports {@code count} units and waits until every service has read their events (awards keeps
	 * the units it knows from them); answers their ids in the order of the sheet.
	 */
	List<String> importUnits(int count, String kafka, Duration patience) throws Exception {
		long prefix = 85_000 + ThreadLocalRandom.current().nextLong(15_000);
		long first = prefix * 10_000;
		try (EventBacklog backlog = new EventBacklog(kafka)) {
			long published = backlog.published();
			SheetImport.Result imported = this.imports.run(1, new UnitSheetGenerator(first, first).sheet(count), count,
					backlog);
			long start = System.nanoTime();
			boolean settled = backlog.awaitSettled(published + imported.created(), patience);
			this.notes.add("%,d units imported in one sheet (tax codes from %d): answer %d in %.1f s, job done in %.1f s, %,d created; every consumer read their events %.1f s later%s"
				.formatted(count, first, imported.status(), imported.answerSeconds(), imported.seconds(),
						imported.created(), SheetImport.seconds(start), settled ? "" : " (gave up waiting)"));
			System.out.println(this.notes.get(this.notes.size() - 1));
		}
		return ids(UnitSheetGenerator.taxCodes(first, count), String.valueOf(prefix), patience);
	}

	/** Finds the units by the start of their tax codes, once membership's search holds them all. */
	private List<String> ids(List<String> taxCodes, String prefix, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		Map<String, String> byTaxCode = new HashMap<>();
		while (!byTaxCode.keySet().containsAll(taxCodes)) {
			byTaxCode.clear();
			for (int page = 0;; page++) {
				SangtaoApi.Response found = GatewayCalls.send(this.api, "GET",
						"/api/membership/units?q=%s&sort=TAX_CODE&size=200&page=%d".formatted(prefix, page), this.staff,
						null);
				GatewayCalls.id(200, found);
				found.json().get("items").forEach(u -> byTaxCode.put(u.get("taxCode").asString(), u.get("id").asString()));
				if (found.json().get("items").size() < 200) {
					break;
				}
			}
			boolean all = byTaxCode.keySet().containsAll(taxCodes);
			if (!all && System.nanoTime() > deadline) {
				throw new IllegalStateException("membership's search finds " + byTaxCode.size() + " units for "
						+ taxCodes.size() + " imported");
			}
			GatewayCalls.pause(all ? 0 : 1_000);
		}
		return taxCodes.stream().map(byTaxCode::get).toList();
	}

	/** Opens an inspection on each held candidate; awards learns it from membership's hold events. */
	void openHolds(List<RoundCandidate> candidates) {
		List<RoundCandidate> held = candidates.stream().filter(RoundCandidate::held).toList();
		for (RoundCandidate candidate : held) {
			GatewayCalls.id(201, GatewayCalls.send(this.api, "POST", "/api/membership/holds", this.staff, """
					{"subject":"UNIT","subjectId":"%s","kind":"INSPECTION","reason":"Thanh tra việc sử dụng vốn hỗ trợ (thử tải)",\
					"openedOn":"%s"}""".formatted(candidate.unitId(), LocalDate.now())));
		}
		this.notes.add("an open inspection (hold) on %d of the units".formatted(held.size()));
	}

}
