package vn.coop.sangtao.bench;

import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.local.SangtaoApi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the round the eligibility bench evaluates, through awards' API as the alliance's staff
 * would: an award type whose rules read consecutive years, five years of awards granted before
 * Sangtao for every candidate, a year-end round opened by hand, and a proposal drafted for each
 * candidate (an officer adding the nominees by hand).
 */
final class RoundSetup {

	private final SangtaoApi api;

	private final Supplier<String> admin;

	private final Supplier<String> officer;

	private final int year;

	private final List<String> notes;

	RoundSetup(SangtaoApi api, Supplier<String> admin, Supplier<String> officer, int year, List<String> notes) {
		this.api = api;
		this.admin = admin;
		this.officer = officer;
		this.year = year;
		this.notes = notes;
	}

	/** Adds {@value RoundCandidate#FIVE_YEARS} to the tenant's catalogue, once (a later run finds it there: 409). */
	void addFiveYearAward() {
		SangtaoApi.Response added = GatewayCalls.send(this.api, "PUT", "/api/awards/catalogue/" + RoundCandidate.FIVE_YEARS,
				this.admin, """
						{"name":"Tập thể 5 năm liên tục hoàn thành tốt nhiệm vụ (thử tải)","target":"COLLECTIVE",
						 "level":"PROVINCE","amountMultiple":2.0,"merit":true,"highTitle":false,"validFrom":"2024-01-01",
						 "reason":"Hình thức dùng cho bài thử tải xét điều kiện khen thưởng",
						 "rules":[{"kind":"ATTESTATION","text":"Hoàn thành tốt nhiệm vụ 5 năm liên tục"},
						          {"kind":"CONSECUTIVE_AWARDS","award":"TT_LDTT","years":5},
						          {"kind":"CONSECUTIVE_AWARDS","award":"TT_LDXS","years":2}]}""");
		if (added.status() != 409) {
			GatewayCalls.id(200, added);
		}
	}

	/** Records every candidate's earlier awards, {@code parallel} at a time, waiting for awards to know a unit. */
	Sweep.Result recordHistory(List<RoundCandidate> candidates, int parallel) {
		List<Supplier<SangtaoApi.Response>> calls = new ArrayList<>();
		for (RoundCandidate candidate : candidates) {
			for (RoundCandidate.Earlier award : candidate.history(this.year)) {
				LocalDate decided = LocalDate.of(award.year(), 12, 15);
				String body = """
						{"nomineeKind":"UNIT","nomineeId":"%s","awardCode":"%s","year":%d,"thematic":%b,
						 "decisionNumber":"%d/QĐ-LMHTX","decisionDate":"%s"}""".formatted(candidate.unitId(), award.award(),
						award.year(), award.thematic(), 100 + candidate.index(),
						decided.isAfter(LocalDate.now()) ? LocalDate.now() : decided);
				calls.add(() -> knownNominee("/api/awards/history", body));
			}
		}
		return Sweep.run("setup: earlier awards recorded (POST /api/awards/history)", parallel, calls);
	}

	/** Opens the year-end round by hand, which evaluates the candidates the facts suggest; answers its id. */
	String openRound(String stamp) {
		long start = System.nanoTime();
		SangtaoApi.Response opened = GatewayCalls.send(this.api, "POST", "/api/awards/rounds", this.officer, """
				{"name":"Khen thưởng tổng kết năm %d (thử tải %s)","kind":"YEAR_END","year":%d}"""
			.formatted(this.year, stamp, this.year));
		String round = GatewayCalls.id(201, opened);
		this.notes.add("the year-end round %s opened by hand in %.0f ms, with %d candidates suggested from the facts"
			.formatted(round, SheetImport.seconds(start) * 1000, opened.json().get("suggestions").size()));
		return round;
	}

	/** Drafts a proposal for each candidate, with the attestations its award asks for unless the candidate has none. */
	Sweep.Result draft(List<RoundCandidate> candidates, String round, int parallel) {
		Map<String, String> attestations = attestations();
		List<Supplier<SangtaoApi.Response>> calls = new ArrayList<>();
		for (RoundCandidate c : candidates) {
			String body = """
					{"roundId":"%s","nomineeKind":"UNIT","nomineeId":"%s","awardCode":"%s",
					 "achievements":"Hoàn thành tốt nhiệm vụ năm %d","attestations":%s}""".formatted(round, c.unitId(),
					c.award(), this.year, c.attested() ? attestations.getOrDefault(c.award(), "[]") : "[]");
			calls.add(() -> knownNominee("/api/awards/proposals", body));
		}
		return Sweep.run("setup: nominees drafted (POST /api/awards/proposals)", parallel, calls);
	}

	/** The attestation texts of each award type in force at the end of the round's year, as a JSON list. */
	private Map<String, String> attestations() {
		SangtaoApi.Response catalogue = GatewayCalls.send(this.api, "GET",
				"/api/awards/catalogue?asOf=" + LocalDate.of(this.year, 12, 31), this.officer, null);
		GatewayCalls.id(200, catalogue);
		Map<String, String> texts = new HashMap<>();
		for (JsonNode type : catalogue.json()) {
			List<String> attested = new ArrayList<>();
			type.get("rules").forEach(r -> {
				if ("ATTESTATION".equals(r.get("kind").asString())) {
					attested.add(SangtaoApi.quote(r.get("text").asString()));
				}
			});
			texts.put(type.get("code").asString(), attested.stream().collect(Collectors.joining(",", "[", "]")));
		}
		return texts;
	}

	/** Posts, and again while awards has not yet read the unit from membership (422 unknown-nominee), for up to a minute. */
	private SangtaoApi.Response knownNominee(String path, String body) {
		SangtaoApi.Response answer = GatewayCalls.send(this.api, "POST", path, this.officer, body);
		for (int wait = 0; wait < 60 && answer.status() == 422 && answer.body().contains("unknown-nominee")
				&& GatewayCalls.pause(1_000); wait++) {
			answer = GatewayCalls.send(this.api, "POST", path, this.officer, body);
		}
		return answer;
	}

}
