package vn.coop.sangtao.local;

import java.util.List;

/**
 * Ninh Bình's commendations in the demo: the award council (the three council members), a thematic
 * round on digital transformation, and proposals at every step someone acts on: one in the council's
 * vote (nb.council3 has not voted), one approved and awaiting the province's decision, one decided, and
 * one forwarded to the national alliance (vca.officer decides it).
 */
final class DemoAwards {

	/** The national alliance's Bằng khen for a collective, which the province proposes and the nation grants. */
	static final String NATIONAL_AWARD = "BK_LMHTXVN_TT";

	private final SangtaoApi api;
	private final TokenClient tokens;
	private final String admin;
	private final String officer;

	DemoAwards(SangtaoApi api, TokenClient tokens) {
		this.api = api;
		this.tokens = tokens;
		this.admin = tokens.userToken("nb.admin", LocalRun.DEMO_PASSWORD);
		this.officer = tokens.userToken("nb.officer", LocalRun.DEMO_PASSWORD);
	}

	void seed(List<String> nbUnits, int year) {
		DemoData.expect(200, DemoMembership.call(() -> api.send("PUT", "/api/awards/council", admin, """
				{"members":[{"username":"nb.council1","fullName":"Phạm Văn Đức"},{"username":"nb.council2","fullName":"Lê Thị Ngọc Ánh"},
				            {"username":"nb.council3","fullName":"Vũ Đình Thắng"}]}""")));
		DemoData.expect(200, DemoMembership.call(() -> api.send("PUT", "/api/awards/catalogue/" + NATIONAL_AWARD, admin, """
				{"name":"Bằng khen của Liên minh HTX Việt Nam (tập thể)","target":"COLLECTIVE","level":"NATIONAL",
				 "amountMultiple":1.0,"validFrom":"%d-01-01","reason":"Hình thức khen thưởng của Liên minh HTX Việt Nam",
				 "rules":[]}""".formatted(year))));
		String round = DemoData.expect(201, DemoMembership.call(() -> api.post("/api/awards/rounds", officer,
				"{\"name\":\"Khen thưởng chuyên đề chuyển đổi số năm %d\",\"kind\":\"EVENT\",\"year\":%d}"
					.formatted(year, year)))).json().get("id").asString();

		// awaiting nb.council3's vote
		votedOn(proposal(round, nbUnits.get(1), "GIAY_KHEN_TT",
				"Đưa sổ nhật ký sản xuất điện tử vào toàn bộ 320 hộ thành viên."), 2);
		// approved by the council, awaiting nb.admin's decision
		closed(votedOn(proposal(round, nbUnits.get(3), "GIAY_KHEN_TT",
				"Bán hàng mây tre đan qua sàn thương mại điện tử, doanh thu trực tuyến tăng 40%."), 3));
		String decided = closed(votedOn(proposal(round, nbUnits.get(9), "GIAY_KHEN_TT",
				"Nhật ký thi công điện tử cho mọi công trình, giảm 15% hao hụt vật tư."), 3));
		DemoData.expect(200, DemoMembership.call(() -> api.post("/api/awards/proposals/" + decided + "/decide", admin,
				"{\"granted\":true,\"number\":\"45/QĐ-LMHTX\",\"date\":\"%d-11-15\"}".formatted(year))));
		String forwarded = closed(votedOn(proposal(round, nbUnits.get(10), NATIONAL_AWARD,
				"Mô hình du lịch cộng đồng số hóa: đặt chỗ, thanh toán và đánh giá trực tuyến cho 60 hộ."), 3));
		DemoData.expect(200, DemoMembership.call(() -> api.post("/api/awards/proposals/" + forwarded + "/forward",
				officer, null)));
	}

	private String proposal(String round, String unit, String award, String achievements) {
		String id = DemoData.expect(201, DemoMembership.call(() -> api.post("/api/awards/proposals", officer, """
				{"roundId":"%s","nomineeKind":"UNIT","nomineeId":"%s","awardCode":"%s","achievements":%s}"""
			.formatted(round, unit, award, SangtaoApi.quote(achievements))))).json().get("id").asString();
		DemoData.expect(200, DemoMembership.call(() -> api.post("/api/awards/proposals/" + id + "/submit", officer, null)));
		DemoData.expect(200, DemoMembership.call(() -> api.post("/api/awards/proposals/" + id + "/vote", officer, null)));
		return id;
	}

	/** The first {@code members} council members vote in favour, each for themselves. */
	private String votedOn(String proposal, int members) {
		for (int i = 1; i <= members; i++) {
			String member = tokens.userToken("nb.council" + i, LocalRun.DEMO_PASSWORD);
			DemoData.expect(200, DemoMembership.call(() -> api.post("/api/awards/proposals/" + proposal + "/ballots",
					member, "{\"yes\":true}")));
		}
		return proposal;
	}

	private String closed(String proposal) {
		DemoData.expect(200, DemoMembership.call(() -> api.post("/api/awards/proposals/" + proposal + "/close-vote",
				officer, null)));
		return proposal;
	}
}
