package vn.coop.sangtao.local;

import java.util.List;
import java.util.Random;

/**
 * Deterministic Vietnamese names and phone numbers for the demo's people: the same seed always
 * gives the same people, so a demo walk-through reads the same every time.
 */
final class DemoPeople {

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương", "Đinh", "Lương", "Tạ", "Trịnh");
	private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Thị Thu");
	private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Văn Công");
	private static final List<String> GIVEN_FEMALE = List.of("Hoa", "Lan", "Mai", "Hương", "Hạnh", "Thảo", "Trang", "Yến",
			"Nga", "Dung", "Hà", "Tâm", "Huyền", "Loan", "Phượng", "Nhung");
	private static final List<String> GIVEN_MALE = List.of("Hùng", "Long", "Nam", "Sơn", "Tuấn", "Quân", "Phúc", "Cường",
			"Bình", "Hải", "Khánh", "Dũng", "Thắng", "Toàn", "Việt", "Hiếu");
	private static final List<String> POSITIONS = List.of("Thành viên", "Thành viên", "Thành viên", "Kế toán",
			"Thành viên Hội đồng quản trị", "Trưởng Ban kiểm soát", "Tổ trưởng sản xuất");

	record Person(String fullName, String gender, int birthYear, String kind, String position, String phone) {
	}

	private final Random random;

	DemoPeople(long seed) {
		this.random = new Random(seed);
	}

	/** The head of a unit: a cadre, its director. */
	Person head() {
		return person("CADRE", "Giám đốc");
	}

	Person member() {
		return person(random.nextInt(4) == 0 ? "WORKER" : "MEMBER", pick(POSITIONS));
	}

	private Person person(String kind, String position) {
		boolean female = random.nextBoolean();
		String name = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
				+ pick(female ? GIVEN_FEMALE : GIVEN_MALE);
		String phone = "09%d %03d %03d".formatted(random.nextInt(10), random.nextInt(1000), random.nextInt(1000));
		return new Person(name, female ? "FEMALE" : "MALE", 1958 + random.nextInt(45), kind, position, phone);
	}

	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}
}
