package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;

import java.util.SplittableRandom;

/**
 * Generated initiatives of about 2 KB, in Vietnamese with every diacritic: titles combine a way, a
 * work and a place, so that many share words (as real titles do) and duplicate detection has
 * candidates to score; summaries and solutions are drawn from sentences of the movement's reports.
 * The same number always gives the same initiative.
 */
final class InitiativeTexts {

	static final String[] WAYS = { "Mô hình", "Giải pháp", "Sáng kiến", "Cải tiến", "Ứng dụng công nghệ", "Quy trình",
			"Cách làm mới", "Đổi mới" };

	static final String[] WORKS = { "trồng lúa hữu cơ", "nuôi tôm tuần hoàn", "sấy nông sản bằng năng lượng mặt trời",
			"chế biến cà phê đặc sản", "bảo quản rau an toàn", "nuôi ong lấy mật", "trồng nấm rơm", "quản lý kho bằng mã QR",
			"kế toán trên điện thoại", "tưới nhỏ giọt tiết kiệm nước", "xử lý phụ phẩm làm phân bón", "bán hàng qua sàn thương mại điện tử",
			"du lịch cộng đồng", "dệt thổ cẩm", "chăn nuôi bò sinh sản", "thu gom rác thải nhựa", "vận tải hàng hóa liên kết",
			"tín dụng nội bộ minh bạch", "đào tạo nghề cho thành viên", "liên kết chuỗi giá trị gạo" };

	static final String[] PLACES = { "tại hợp tác xã", "ở vùng ven biển", "cho tổ hợp tác", "ở miền núi", "trong liên hiệp",
			"tại làng nghề", "cho hộ thành viên", "ở đồng bằng" };

	private static final String[] SENTENCES = { "Hợp tác xã đã áp dụng giải pháp trong hai vụ liên tiếp và giảm chi phí sản xuất khoảng 30%.",
			"Thành viên được tập huấn kỹ thuật, ghi chép nhật ký đồng ruộng và chia sẻ kinh nghiệm trong tổ.",
			"Sản phẩm đạt tiêu chuẩn an toàn, được doanh nghiệp bao tiêu với giá cao hơn thị trường.",
			"Ban quản trị phối hợp với trạm khuyến nông để theo dõi, đánh giá hiệu quả từng tháng.",
			"Mô hình có thể nhân rộng ở các hợp tác xã cùng lĩnh vực với chi phí đầu tư thấp.",
			"Thu nhập bình quân của thành viên tăng, việc làm ổn định cho lao động địa phương.",
			"Giải pháp giảm phát thải, tiết kiệm nước tưới và hạn chế sử dụng phân bón hóa học.",
			"Số liệu được cập nhật trên phần mềm, minh bạch với thành viên và cơ quan quản lý.",
			"Đơn vị đã đăng ký thương hiệu tập thể và truy xuất nguồn gốc bằng mã QR.",
			"Qua một năm thực hiện, doanh thu của hợp tác xã tăng gần gấp đôi so với năm trước." };

	private InitiativeTexts() {
	}

	static String title(long number) {
		SplittableRandom random = new SplittableRandom(number);
		return WAYS[random.nextInt(WAYS.length)] + " " + WORKS[random.nextInt(WORKS.length)] + " "
				+ PLACES[random.nextInt(PLACES.length)] + " số " + number;
	}

	/** The JSON of initiative {@code number}, applied and authored by {@code unitId}; about 2 KB. */
	static String json(long number, String unitId, int year) {
		SplittableRandom random = new SplittableRandom(number * 31 + 7);
		return """
				{"kind":"%s","title":%s,"summary":%s,"solution":%s,"field":"%s","year":%d,"applyingUnitId":"%s",
				 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
			.formatted(KINDS[random.nextInt(KINDS.length)], SangtaoApi.quote(title(number)),
					SangtaoApi.quote(sentences(random, 6)), SangtaoApi.quote(sentences(random, 8)),
					FIELDS[random.nextInt(FIELDS.length)], year, unitId, unitId);
	}

	static final String[] KINDS = { "INITIATIVE", "IDEA", "MODEL", "CREATIVE_WAY_OF_WORKING" };

	static final String[] FIELDS = { "Nông nghiệp", "Thủy sản", "Thương mại", "Dịch vụ", "Tiểu thủ công nghiệp" };

	private static String sentences(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
		}
		return text.toString();
	}

}
