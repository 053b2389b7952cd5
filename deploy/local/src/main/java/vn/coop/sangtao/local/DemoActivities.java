package vn.coop.sangtao.local;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Twenty activities of Ninh Bình's campaign through the year, as the article lists them: training
 * classes, technical trainings, group consultations, conferences, workshops, experience exchanges,
 * thematic activities and club meetings, each with the demo people who attended. Gia Trấn, Khánh
 * Thiện, Phú Sơn and Tràng An attend two technical trainings in the first half, which earns them
 * criterion 1.1 at the 6-month review.
 */
final class DemoActivities {

	private record Planned(String kind, String title, String monthDay, String place, int[] units, int content) {
	}

	private static final String HALL = "Hội trường Liên minh HTX tỉnh Ninh Bình";

	private static final List<Planned> PLANNED = List.of(
			new Planned("CONFERENCE", "Hội nghị phát động phong trào thi đua \"Đoàn kết sáng tạo\"", "01-15", HALL,
					new int[] { 0, 1, 2, 3, 4, 5, 7, 10 }, 1),
			new Planned("TRAINING_CLASS", "Lớp bồi dưỡng nghiệp vụ quản lý HTX", "02-26", HALL, new int[] { 1, 4, 6 }, 2),
			new Planned("TECHNICAL_TRAINING", "Tập huấn kỹ thuật canh tác lúa hữu cơ", "03-12", "Xã Gia Trấn",
					new int[] { 1, 2, 10 }, 2),
			new Planned("GROUP_CONSULTATION", "Tư vấn nhóm xây dựng phương án sản xuất kinh doanh", "03-20",
					"Xã Khánh Thiện", new int[] { 2, 8 }, 2),
			new Planned("TECHNICAL_TRAINING", "Tập huấn kỹ thuật xử lý cói và nguyên liệu mây tre", "04-09", "Xã Kim Sơn",
					new int[] { 3, 4 }, 2),
			new Planned("CLUB_MEETING", "Sinh hoạt CLB Khởi nghiệp, sáng tạo: gọi vốn cho ý tưởng mới", "04-18", HALL,
					new int[] { 1, 3, 10 }, 3),
			new Planned("TECHNICAL_TRAINING", "Tập huấn ứng dụng nhật ký điện tử và truy xuất nguồn gốc", "05-14", HALL,
					new int[] { 1, 2, 3, 10, 8 }, 2),
			new Planned("WORKSHOP", "Hội thảo liên kết chuỗi giá trị nông sản", "05-28", "Phường Hoa Lư",
					new int[] { 1, 2, 7, 11 }, 1),
			new Planned("THEMATIC_ACTIVITY", "Sinh hoạt chuyên đề của Công đoàn cơ quan về chuyển đổi số", "06-05", HALL,
					new int[] { 0 }, 2),
			new Planned("EXPERIENCE_EXCHANGE", "Trao đổi kinh nghiệm làm du lịch cộng đồng", "06-19", "Phường Tây Hoa Lư",
					new int[] { 10, 5 }, 2),
			new Planned("CLUB_MEETING", "Sinh hoạt CLB Khởi nghiệp, sáng tạo: kể chuyện khởi nghiệp", "07-10", HALL,
					new int[] { 1, 3, 10 }, 3),
			new Planned("TRAINING_CLASS", "Lớp bồi dưỡng kế toán HTX theo chuẩn mực mới", "07-24", HALL,
					new int[] { 2, 6, 9 }, 2),
			new Planned("TECHNICAL_TRAINING", "Tập huấn kỹ thuật nuôi ong lấy mật an toàn", "08-07", "Xã Cúc Phương",
					new int[] { 8, 1 }, 2),
			new Planned("GROUP_CONSULTATION", "Tư vấn nhóm tiếp cận vốn Quỹ hỗ trợ phát triển HTX", "08-21", HALL,
					new int[] { 4, 5, 9 }, 1),
			new Planned("WORKSHOP", "Tọa đàm sáng kiến, mô hình, cách làm sáng tạo trong HTX", "09-11", HALL,
					new int[] { 1, 2, 3, 7, 10 }, 4),
			new Planned("CONFERENCE", "Hội nghị giới thiệu sáng kiến tiêu biểu vào \"Sách vàng sáng tạo\"", "09-25", HALL,
					new int[] { 0, 1, 3 }, 4),
			new Planned("EXPERIENCE_EXCHANGE", "Trao đổi kinh nghiệm quản trị HTX kiểu mới", "10-09", "Phường Tam Điệp",
					new int[] { 9, 5, 6 }, 1),
			new Planned("THEMATIC_ACTIVITY", "Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
					"10-16", HALL, new int[] { 0, 7 }, 1),
			new Planned("TECHNICAL_TRAINING", "Tập huấn kỹ thuật sấy nông sản bằng năng lượng mặt trời", "10-30",
					"Xã Gia Trấn", new int[] { 1, 2, 11 }, 2),
			new Planned("CLUB_MEETING", "Sinh hoạt CLB Khởi nghiệp, sáng tạo: tổng kết năm", "11-13", HALL,
					new int[] { 1, 3, 10, 11 }, 3));

	private final SangtaoApi api;
	private final String officer;
	private final String campaignId;
	private final int year;

	DemoActivities(SangtaoApi api, String officer, String campaignId, int year) {
		this.api = api;
		this.officer = officer;
		this.campaignId = campaignId;
		this.year = year;
	}

	/** Records the activities; each participating unit sends its first two people. */
	void seed(List<String> nbUnits, DemoMembership membership) {
		for (Planned activity : PLANNED) {
			List<String> units = new ArrayList<>();
			List<String> attendees = new ArrayList<>();
			for (int u : activity.units()) {
				units.add(nbUnits.get(u));
				attendees.addAll(membership.peopleOf(nbUnits.get(u)).stream().limit(2).toList());
			}
			String body = """
					{"campaignId":"%s","kind":"%s","title":%s,"date":"%d-%s","place":%s,"organiser":"Liên minh HTX tỉnh Ninh Bình",
					 "unitIds":[%s],"attendeeIds":[%s],"contentNumbers":[%d]}"""
				.formatted(campaignId, activity.kind(), SangtaoApi.quote(activity.title()), year, activity.monthDay(),
						SangtaoApi.quote(activity.place()), quoted(units), quoted(attendees), activity.content());
			// the people reach campaigns through Kafka: until they have, it answers 422 invalid-activity
			SangtaoApi.Response[] last = new SangtaoApi.Response[1];
			SmokeScenario.eventually(() -> {
				last[0] = DemoMembership.call(() -> api.post("/api/campaigns/activities", officer, body));
				return last[0].status() != 422;
			});
			DemoData.expect(201, last[0]);
		}
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
	}
}
