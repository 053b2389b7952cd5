package vn.coop.sangtao.local;

import java.time.Year;
import java.util.List;

/**
 * The demo data of the local run, loaded once through the gateway as the demo users: the membership
 * of Ninh Bình (with Hà Nam and Nam Định merged into it) and Quảng Trị ({@link DemoMembership}), the year's "Đoàn kết sáng tạo" movement launched
 * nationally on its real legal basis and cascaded to the provinces, with pledges, activities and a 6-month review
 * ({@link DemoCampaigns}), initiatives at every step (a draft, one returned, one awaiting screening, one under
 * review, one recognised and nominated for the Golden Book) and commendations ({@link DemoAwards}), so that every
 * screen of the console has something true to show on first login.
 */
public final class DemoData implements DemoSeed {

	record Unit(String name, String kind, String sector) {
	}

	static final List<Unit> NINH_BINH = List.of(
			new Unit("Cơ quan Liên minh HTX tỉnh Ninh Bình", "ALLIANCE_OFFICE", "OTHER"),
			new Unit("HTX Nông nghiệp Gia Trấn", "COOPERATIVE", "AGRICULTURE"),
			new Unit("HTX Dịch vụ Nông nghiệp Khánh Thiện", "COOPERATIVE", "AGRICULTURE"),
			new Unit("HTX Mây tre đan Phú Sơn", "COOPERATIVE", "HANDICRAFT"),
			new Unit("HTX Thêu ren Văn Lâm", "COOPERATIVE", "HANDICRAFT"),
			new Unit("HTX Vận tải Hoa Lư", "COOPERATIVE", "TRANSPORT"),
			new Unit("Quỹ tín dụng nhân dân Yên Mô", "COOPERATIVE", "CREDIT"),
			new Unit("Liên hiệp HTX Nông sản sạch Ninh Bình", "COOPERATIVE_UNION", "TRADE_SERVICES"),
			new Unit("Tổ hợp tác Nuôi ong Cúc Phương", "COOPERATIVE_GROUP", "AGRICULTURE"),
			new Unit("HTX Xây dựng Tam Điệp", "COOPERATIVE", "CONSTRUCTION"),
			new Unit("HTX Du lịch cộng đồng Tràng An", "COOPERATIVE", "TRADE_SERVICES"),
			new Unit("Công ty TNHH Dược liệu Kim Sơn", "ENTERPRISE", "OTHER"));

	static final List<Unit> QUANG_TRI = List.of(
			new Unit("Cơ quan Liên minh HTX tỉnh Quảng Trị", "ALLIANCE_OFFICE", "OTHER"),
			new Unit("HTX Nông nghiệp Triệu Phong", "COOPERATIVE", "AGRICULTURE"),
			new Unit("HTX Hồ tiêu Vĩnh Linh", "COOPERATIVE", "AGRICULTURE"),
			new Unit("HTX Thủy sản Gio Linh", "COOPERATIVE", "OTHER"));

	@Override
	public void seed(RunningSuite suite) {
		SangtaoApi api = new SangtaoApi(suite.gatewayUrl());
		TokenClient tokens = new TokenClient(suite.identityUrl());
		DemoMembership membership = new DemoMembership(api, tokens);
		List<String> nbUnits = membership.seed();
		new DemoCampaigns(api, tokens).seed(nbUnits, membership);
		String member = tokens.userToken("nb.member", LocalRun.DEMO_PASSWORD);
		String recognised = submit(api, member, nbUnits.get(1), "INITIATIVE", "Sấy lúa bằng năng lượng mặt trời",
				"Lò sấy dùng tấm thu nhiệt mặt trời giảm 30% chi phí sấy và hao hụt sau thu hoạch.", true);
		String underReview = submit(api, member, nbUnits.get(3), "MODEL", "Mô hình liên kết đan cói xuất khẩu",
				"Hộ thành viên nhận mẫu và nguyên liệu từ HTX, đầu ra ổn định cho 120 lao động nữ.", true);
		submit(api, member, nbUnits.get(8), "IDEA", "Truy xuất nguồn gốc mật ong bằng mã QR",
				"Mỗi lô mật ong có mã QR ghi rõ vùng hoa, ngày quay mật và kết quả kiểm nghiệm.", true);
		String officer = tokens.userToken("nb.officer", LocalRun.DEMO_PASSWORD);
		String council = council(api, officer, nbUnits.get(0));
		String path = "/api/initiatives/initiatives/" + recognised;
		expect(200, api.post(path + "/accept", officer, null));
		expect(200, api.post(path + "/reviewers", officer, "{\"councilId\":\"" + council + "\"}"));
		int[][] marks = { { 85, 90, 80 }, { 75, 85, 80 }, { 80, 80, 90 } };
		for (int i = 0; i < 3; i++) {
			expect(200, api.post(path + "/reviews", tokens.userToken("nb.council" + (i + 1), LocalRun.DEMO_PASSWORD),
					"{\"novelty\":%d,\"applicability\":%d,\"effectiveness\":%d}".formatted(marks[i][0], marks[i][1],
							marks[i][2])));
		}
		expect(200, api.post(path + "/decision", officer, "{\"recognised\":true,\"level\":\"PROVINCIAL\","
				+ "\"decisionNumber\":\"125/QĐ-LMHTX\",\"decisionDate\":\"%d-10-20\"}".formatted(Year.now().getValue())));
		expect(200, api.post(path + "/typical", officer, "{\"year\":%d}".formatted(Year.now().getValue())));
		expect(200, api.post(path + "/nomination", officer, "{\"year\":%d,\"letter\":%s}".formatted(Year.now().getValue(),
				SangtaoApi.quote("Liên minh HTX tỉnh Ninh Bình trân trọng giới thiệu sáng kiến tiêu biểu của tỉnh."))));
		// under review: two council members still have to score it, and the statutory clock runs
		String reviewing = "/api/initiatives/initiatives/" + underReview;
		expect(200, api.post(reviewing + "/accept", officer, null));
		expect(200, api.post(reviewing + "/reviewers", officer, "{\"councilId\":\"" + council + "\"}"));
		expect(200, api.post(reviewing + "/reviews", tokens.userToken("nb.council2", LocalRun.DEMO_PASSWORD),
				"{\"novelty\":70,\"applicability\":85,\"effectiveness\":80}"));
		// the member's own work in progress: a draft, and a dossier returned for completion
		submit(api, member, nbUnits.get(2), "IDEA", "Sổ tay điện tử ghi chép chi phí đồng ruộng",
				"Thành viên ghi chi phí vật tư từng thửa ruộng trên điện thoại; HTX tổng hợp giá thành mỗi vụ.", false);
		String returned = submit(api, member, nbUnits.get(4), "CREATIVE_WAY_OF_WORKING", "Tổ thêu liên kết theo đơn hàng",
				"Chia đơn hàng thêu ren cho các tổ theo tay nghề, trả công theo sản phẩm đạt chuẩn.", true);
		expect(200, api.post("/api/initiatives/initiatives/" + returned + "/return", officer,
				"{\"reasons\":[\"Thiếu xác nhận của đơn vị áp dụng\",\"Chưa có số liệu hiệu quả kinh tế\"]}"));
		new DemoAwards(api, tokens).seed(nbUnits, Year.now().getValue());
	}

	/**
	 * The province's initiative council: three cadres of the alliance office, who log in as
	 * {@code nb.council1..3}. Initiatives learns the people from membership's events first.
	 */
	private static String council(SangtaoApi api, String officer, String officeUnitId) {
		String council = expect(201, api.post("/api/initiatives/councils", officer,
				"{\"name\":\"Hội đồng sáng kiến tỉnh Ninh Bình năm %d\"}".formatted(Year.now().getValue())))
			.json().get("id").asString();
		String[] names = { "Phạm Văn Đức", "Lê Thị Ngọc Ánh", "Vũ Đình Thắng" };
		for (int i = 0; i < names.length; i++) {
			String person = expect(201, api.post("/api/membership/people", officer,
					"{\"unitId\":\"%s\",\"fullName\":%s,\"kind\":\"CADRE\",\"position\":\"Thành viên Hội đồng sáng kiến\"}"
						.formatted(officeUnitId, SangtaoApi.quote(names[i])))).json().get("id").asString();
			String body = "{\"personId\":\"%s\",\"username\":\"nb.council%d\"}".formatted(person, i + 1);
			SangtaoApi.Response[] last = new SangtaoApi.Response[1];
			SmokeScenario.eventually(() -> {
				last[0] = api.post("/api/initiatives/councils/" + council + "/members", officer, body);
				return last[0].status() != 422;
			});
			expect(200, last[0]);
		}
		return council;
	}

	/** Submits (or saves as a draft) once initiatives has learned the unit from membership's event. */
	private static String submit(SangtaoApi api, String token, String unitId, String kind, String title, String summary,
			boolean submit) {
		String body = """
				{"kind":"%s","title":%s,"summary":%s,"field":"Nông nghiệp","year":%d,"applyingUnitId":"%s",
				 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
			.formatted(kind, SangtaoApi.quote(title), SangtaoApi.quote(summary), Year.now().getValue(), unitId, unitId);
		SangtaoApi.Response[] last = new SangtaoApi.Response[1];
		SmokeScenario.eventually(() -> {
			last[0] = api.post("/api/initiatives/initiatives?submit=" + submit, token, body);
			return last[0].status() != 422;
		});
		return expect(201, last[0]).json().get("id").asString();
	}

	static SangtaoApi.Response expect(int status, SangtaoApi.Response response) {
		if (response.status() != status) {
			throw new IllegalStateException("demo seed: expected " + status + " but got " + response.status() + ": "
					+ response.body());
		}
		return response;
	}

}
