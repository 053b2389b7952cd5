package vn.coop.sangtao.local;

import java.util.List;

/**
 * Ninh Bình's open 6-month review: four units' score sheets self-assessed with evidence, verified
 * and signed off (Gia Trấn's claimed by its own representative), and one still awaiting
 * verification, so that the standing in each block already shows.
 */
final class DemoScores {

	private record Sheet(int unit, double[] claimed, double[] verified) {
	}

	/** Scores for the hand-scored criteria 1.2, 2.1, 2.2, 3 and 4; no verified scores: not signed off yet. */
	private static final List<Sheet> SHEETS = List.of(
			new Sheet(1, new double[] { 9, 14, 13, 36, 5 }, new double[] { 9, 14, 12, 35, 5 }),
			new Sheet(2, new double[] { 8, 10, 14, 34, 0 }, new double[] { 8, 10, 13, 33, 0 }),
			new Sheet(3, new double[] { 7, 15, 10, 30, 5 }, new double[] { 7, 15, 10, 28, 0 }),
			new Sheet(10, new double[] { 10, 15, 12, 36, 0 }, new double[] { 9, 15, 12, 36, 0 }),
			new Sheet(7, new double[] { 8, 12, 14, 32, 0 }, null));

	private static final List<String> EVIDENCE = List.of("Danh sách cán bộ dự hội thảo, tọa đàm có chữ ký",
			"Quyết định kết nạp thành viên câu lạc bộ Khởi nghiệp, sáng tạo", "Hợp đồng liên kết tiêu thụ sản phẩm",
			"Báo cáo kết quả thực hiện chỉ tiêu đăng ký 6 tháng", "Quyết định công nhận sáng kiến");

	private final SangtaoApi api;
	private final String officer;
	private final String unitRep;
	private final int year;

	DemoScores(SangtaoApi api, String officer, String unitRep, int year) {
		this.api = api;
		this.officer = officer;
		this.unitRep = unitRep;
		this.year = year;
	}

	void seed(String campaignId, List<String> nbUnits) {
		String review = DemoData.expect(201, api.post("/api/campaigns/campaigns/" + campaignId + "/reviews", officer,
				"{\"kind\":\"SIX_MONTH\",\"title\":\"Sơ kết 6 tháng đầu năm %d\",\"from\":\"%d-01-01\",\"to\":\"%d-06-30\"}"
					.formatted(year, year, year))).json().get("id").asString();
		for (Sheet sheet : SHEETS) {
			String path = "/api/campaigns/reviews/" + review + "/units/" + nbUnits.get(sheet.unit());
			String claimant = sheet.unit() == 1 ? unitRep : officer;
			for (int i = 0; i < DemoCampaigns.HAND_SCORED.size(); i++) {
				String criterion = DemoCampaigns.HAND_SCORED.get(i);
				put(path + "/self-assessments/" + criterion, claimant, "{\"score\":%s,\"evidence\":[{\"description\":%s}]}"
					.formatted(sheet.claimed()[i], SangtaoApi.quote(EVIDENCE.get(i))));
				if (sheet.verified() != null) {
					put(path + "/verifications/" + criterion, officer, "{\"score\":%s%s}".formatted(sheet.verified()[i],
							sheet.verified()[i] < sheet.claimed()[i] ? ",\"note\":\"Minh chứng chưa đủ cho toàn bộ điểm tự chấm\"" : ""));
				}
			}
			if (sheet.verified() != null) {
				DemoData.expect(200, DemoMembership.call(() -> api.post(path + "/sign-off", officer, null)));
			}
		}
	}

	private void put(String path, String token, String body) {
		DemoData.expect(200, DemoMembership.call(() -> api.send("PUT", path, token, body)));
	}
}
