package vn.coop.sangtao.local;

import java.util.List;

/**
 * Ninh Bình's pledges to its campaign, one of every kind of history: approved (Gia Trấn's sent by
 * its own representative), returned with a reason, returned and sent again, and awaiting a decision;
 * the other units have sent none.
 */
final class DemoPledges {

	private enum Outcome { APPROVED, RETURNED, RESENT, SUBMITTED }

	private record Planned(int unit, Outcome outcome, String first, String second) {
	}

	private static final List<Planned> PLANNED = List.of(
			new Planned(1, Outcome.APPROVED, "Cử 10 thành viên dự tập huấn kỹ thuật canh tác lúa hữu cơ",
					"Liên kết tiêu thụ 200 tấn lúa hữu cơ với doanh nghiệp"),
			new Planned(2, Outcome.APPROVED, "Chuyển đổi số: 100% thành viên dùng sổ nhật ký điện tử",
					"Tổ chức 2 buổi tư vấn nhóm cho hộ thành viên"),
			new Planned(3, Outcome.RESENT, "Mở rộng liên kết đan cói xuất khẩu cho 150 lao động nữ",
					"Có 1 sáng kiến cải tiến mẫu mã được công nhận"),
			new Planned(4, Outcome.RETURNED, "Tăng doanh thu", "Tham gia câu lạc bộ Khởi nghiệp, sáng tạo"),
			new Planned(5, Outcome.SUBMITTED, "Đổi mới 5 xe khách đạt tiêu chuẩn khí thải",
					"Tập huấn an toàn giao thông cho 40 lái xe"),
			new Planned(7, Outcome.APPROVED, "Kết nối tiêu thụ nông sản sạch cho 12 HTX thành viên",
					"Tổ chức 1 hội thảo trao đổi kinh nghiệm liên kết chuỗi"),
			new Planned(10, Outcome.APPROVED, "Đón 20.000 lượt khách du lịch cộng đồng",
					"Thành lập tổ hướng dẫn viên là thành viên HTX"));

	private final SangtaoApi api;
	private final String officer;
	private final String unitRep;
	private final String campaignId;

	DemoPledges(SangtaoApi api, String officer, String unitRep, String campaignId) {
		this.api = api;
		this.officer = officer;
		this.unitRep = unitRep;
		this.campaignId = campaignId;
	}

	void seed(List<String> nbUnits) {
		for (Planned pledge : PLANNED) {
			String unitId = nbUnits.get(pledge.unit());
			// Gia Trấn's representative sends its own pledge; the officer sends the others' from their letters
			String sender = pledge.unit() == 1 ? unitRep : officer;
			submit(sender, unitId, pledge);
			switch (pledge.outcome()) {
				case APPROVED -> decide(unitId, "approve", null);
				case RETURNED -> decide(unitId, "return", "Chỉ tiêu doanh thu chưa nêu con số và mốc thời gian cụ thể");
				case RESENT -> {
					decide(unitId, "return", "Đề nghị bổ sung số lao động tham gia liên kết");
					submit(sender, unitId, pledge);
				}
				case SUBMITTED -> {
				}
			}
		}
	}

	/** Sends once campaigns has learned the unit from membership's events (404 until then). */
	private void submit(String token, String unitId, Planned pledge) {
		String body = "{\"targets\":[{\"contentNumber\":2,\"text\":%s},{\"contentNumber\":1,\"text\":%s}]}"
			.formatted(SangtaoApi.quote(pledge.first()), SangtaoApi.quote(pledge.second()));
		String path = "/api/campaigns/campaigns/" + campaignId + "/pledges/" + unitId;
		SangtaoApi.Response[] last = new SangtaoApi.Response[1];
		SmokeScenario.eventually(() -> {
			last[0] = DemoMembership.call(() -> api.send("PUT", path, token, body));
			return last[0].status() != 404;
		});
		DemoData.expect(200, last[0]);
	}

	private void decide(String unitId, String decision, String reason) {
		DemoData.expect(200, DemoMembership.call(() -> api.post("/api/campaigns/campaigns/" + campaignId + "/pledges/"
				+ unitId + "/" + decision, officer, reason == null ? null : "{\"reason\":" + SangtaoApi.quote(reason) + "}")));
	}
}
