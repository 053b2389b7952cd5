package vn.coop.sangtao.local;

import java.time.Year;
import java.util.List;

/**
 * The year's "Đoàn kết sáng tạo" movement as the demo shows it: launched nationally by the VCA on
 * its real legal basis with the five contents of the Ninh Bình article and a small scoring tree,
 * cascaded and launched by Ninh Bình and Quảng Trị; Ninh Bình's pledges in every state, its
 * activities with attendance ({@link DemoActivities}), and its open 6-month review with a few
 * signed-off score sheets.
 */
final class DemoCampaigns {

	static final String CONTENTS = """
			[{"number":1,"text":"Liên minh HTX tỉnh phát huy vai trò đại diện quyền, lợi ích hợp pháp của HTX thành viên; tham mưu chính sách; đẩy mạnh liên kết trong và ngoài HTX, giữa HTX với doanh nghiệp cùng ngành nghề; xây dựng và nhân rộng các mô hình tập thể, cá nhân điển hình"},
			 {"number":2,"text":"Phát động phong trào trong cán bộ, thành viên và đơn vị thành viên: lớp bồi dưỡng, tập huấn kỹ thuật, tư vấn nhóm, hội nghị hỗ trợ sáng tạo, khởi nghiệp; chuyển đổi số; phát hiện sáng kiến, mô hình, cách làm sáng tạo; hằng năm hội thảo, tọa đàm, trao đổi kinh nghiệm, sinh hoạt chuyên đề"},
			 {"number":3,"text":"Xây dựng mô hình: thành lập câu lạc bộ \\"Khởi nghiệp, sáng tạo\\" và hướng dẫn hoạt động hiệu quả"},
			 {"number":4,"text":"Hằng năm tổng hợp, đề xuất khen thưởng sáng kiến tiêu biểu và giới thiệu Hội đồng tuyển chọn của UBTW MTTQ Việt Nam công bố trong \\"Sách vàng sáng tạo\\""},
			 {"number":5,"text":"Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu tại sơ kết 6 tháng, tổng kết năm và các sự kiện lớn; đề xuất Liên minh HTX Việt Nam và các cấp khen thưởng"}]""";

	/** 100 points and a 5-point bonus; 1.1 is earned by attending two technical trainings, never claimed by hand. */
	static final String CRITERIA = """
			[{"code":"1","title":"Tuyên truyền, bồi dưỡng, tập huấn","children":[
			   {"code":"1.1","title":"Cử cán bộ, thành viên dự ít nhất 2 lớp tập huấn kỹ thuật","points":20,
			    "activity":{"kind":"TECHNICAL_TRAINING","atLeast":2},"contentNumber":2},
			   {"code":"1.2","title":"Tham gia hội thảo, tọa đàm, trao đổi kinh nghiệm","points":10,"contentNumber":2}]},
			 {"code":"2","title":"Xây dựng mô hình, liên kết","children":[
			   {"code":"2.1","title":"Tham gia câu lạc bộ \\"Khởi nghiệp, sáng tạo\\"","points":15,"contentNumber":3},
			   {"code":"2.2","title":"Liên kết với HTX, doanh nghiệp cùng ngành nghề","points":15,"contentNumber":1}]},
			 {"code":"3","title":"Thực hiện các chỉ tiêu đã đăng ký thi đua","points":40,"contentNumber":5},
			 {"code":"4","title":"Có sáng kiến được công nhận hoặc giới thiệu vào \\"Sách vàng sáng tạo\\"","points":5,
			  "bonus":true,"contentNumber":4}]""";

	/** The criteria scored by hand, in the order a unit fills its sheet. */
	static final List<String> HAND_SCORED = List.of("1.2", "2.1", "2.2", "3", "4");

	private final SangtaoApi api;
	private final TokenClient tokens;
	private final int year = Year.now().getValue();

	DemoCampaigns(SangtaoApi api, TokenClient tokens) {
		this.api = api;
		this.tokens = tokens;
	}

	/** Seeds the movement; {@code nbUnits} and {@code qtUnits} are the named units, the alliance office first. */
	void seed(List<String> nbUnits, DemoMembership membership) {
		String national = launch(token("vca.admin"), create(token("vca.admin")));
		String nbOfficer = token("nb.officer");
		String ninhBinh = launch(nbOfficer, cascade(nbOfficer, national, "NB-DKST-" + year));
		String qtOfficer = token("qt.officer");
		launch(qtOfficer, cascade(qtOfficer, national, "QT-DKST-" + year));
		new DemoPledges(api, nbOfficer, token("nb.unitrep"), ninhBinh).seed(nbUnits);
		new DemoActivities(api, nbOfficer, ninhBinh, year).seed(nbUnits, membership);
		new DemoScores(api, nbOfficer, token("nb.unitrep"), year).seed(ninhBinh, nbUnits);
	}

	private String create(String token) {
		return DemoData.expect(201, api.post("/api/campaigns/campaigns", token, """
				{"code":"DKST-%d","title":"Phong trào thi đua \\"Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế\\" năm %d",
				 "legalBasis":[
				   {"number":"84/HD-MTTW-BTT","date":"2022-05-16","issuer":"Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"},
				   {"number":"396/LMHTXVN-TTTT","date":"2022-06-16","issuer":"Liên minh Hợp tác xã Việt Nam"}],
				 "periodStart":"%d-01-01","periodEnd":"%d-12-31","contents":%s,"criteria":%s}"""
			.formatted(year, year, year, year, CONTENTS, CRITERIA))).json().get("id").asString();
	}

	private String cascade(String token, String nationalId, String code) {
		return DemoData.expect(201, api.post("/api/campaigns/campaigns/cascade", token,
				"{\"nationalCampaignId\":\"%s\",\"code\":\"%s\"}".formatted(nationalId, code))).json().get("id").asString();
	}

	private String launch(String token, String campaignId) {
		DemoData.expect(200, api.post("/api/campaigns/campaigns/" + campaignId + "/launch", token, null));
		return campaignId;
	}

	private String token(String username) {
		return tokens.userToken(username, LocalRun.DEMO_PASSWORD);
	}
}
