package vn.coop.sangtao.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import vn.coop.sangtao.local.TaxCodes;

/**
 * Makes member unit sheets as a provincial alliance would upload them: Vietnamese headers and
 * names with diacritics, kinds and sectors in roughly the shares of a province (mostly agricultural
 * cooperatives), valid tax codes in one run-specific block so that each batch registers new units.
 */
final class UnitSheetGenerator {

	static final String HEADER = "Mã số thuế,Tên đơn vị,Loại hình,Lĩnh vực,Ngày thành lập,Ngày gia nhập,Địa chỉ,"
			+ "Điện thoại,Người đứng đầu";

	/** Kind word, weight (per 100). */
	private static final String[][] KINDS = { { "HTX", "70" }, { "Tổ hợp tác", "15" }, { "Doanh nghiệp", "10" },
			{ "Liên hiệp HTX", "5" } };

	/** Sector word, weight, trades that name units of that sector. */
	private static final String[][] SECTORS = {
			{ "Nông nghiệp", "45", "Nông nghiệp", "Dịch vụ nông nghiệp", "Chăn nuôi", "Trồng trọt", "Thủy sản" },
			{ "Thương mại dịch vụ", "20", "Thương mại", "Dịch vụ điện", "Dịch vụ tổng hợp", "Du lịch cộng đồng" },
			{ "Tiểu thủ công nghiệp", "10", "Mây tre đan", "Thêu ren", "Gốm sứ", "Thủ công mỹ nghệ" },
			{ "Vận tải", "8", "Vận tải", "Vận tải hành khách", "Vận tải thủy" },
			{ "Xây dựng", "7", "Xây dựng", "Vật liệu xây dựng" }, { "Tín dụng", "5", "Quỹ tín dụng nhân dân" },
			{ "Khác", "5", "Môi trường", "Nước sạch" } };

	private static final String[] PLACES = { "Gia Trấn", "Gia Sinh", "Gia Vân", "Gia Hưng", "Trường Yên", "Ninh Hải",
			"Ninh Xuân", "Ninh Vân", "Ninh Giang", "Hoa Lư", "Tràng An", "Bái Đính", "Vân Long", "Cúc Phương",
			"Nho Quan", "Yên Mô", "Yên Khánh", "Yên Thắng", "Yên Phong", "Kim Sơn", "Phát Diệm", "Kim Đông",
			"Khánh Nhạc", "Khánh Thiện", "Đồng Tâm", "Đồng Hướng", "Tam Điệp", "Quang Sơn", "Đông Sơn", "Lạc Vân",
			"Phú Long", "Sơn Hà", "Thạch Bình", "Văn Phú", "Quỳnh Lưu", "Xích Thổ", "Liên Sơn", "Lai Thành",
			"Ân Hòa", "Chất Bình", "Hùng Tiến", "Như Hòa", "Định Hóa", "Đức Long", "Gia Lập", "Lê Lợi",
			"Mai Sơn", "Tân Thành", "Ý Yên", "Hải Hậu" };

	private static final String[] HAMLETS = { "", "", "thôn Đông ", "thôn Trung ", "xóm Bắc ", "thôn Thượng " };

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi", "Đỗ",
			"Ngô" };

	private static final String[] GIVEN = { "Văn Hùng", "Thị Hoa", "Đức Thắng", "Thị Lan", "Quốc Khánh", "Thị Hằng",
			"Minh Tuấn", "Thị Ngọc Ánh", "Văn Sơn", "Thị Thu Hà" };

	private final Random random;

	private long nextTaxCode;

	/** Tax codes are the valid ones from {@code firstNineDigits} on. */
	UnitSheetGenerator(long seed, long firstNineDigits) {
		this.random = new Random(seed);
		this.nextTaxCode = firstNineDigits;
	}

	/** A CSV of {@code count} new units, UTF-8 with the byte order mark Excel writes. */
	byte[] sheet(int count) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (int i = 0; i < count; i++) {
			csv.append(row()).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The tax codes of the first {@code count} rows of the sheets made from {@code firstNineDigits}, in order. */
	static List<String> taxCodes(long firstNineDigits, int count) {
		UnitSheetGenerator codes = new UnitSheetGenerator(0, firstNineDigits);
		return IntStream.range(0, count).mapToObj(i -> codes.nextTaxCode()).toList();
	}

	private String nextTaxCode() {
		String taxCode = TaxCodes.from(this.nextTaxCode);
		this.nextTaxCode = Long.parseLong(taxCode.substring(0, 9)) + 1;
		return taxCode;
	}

	private String row() {
		String taxCode = nextTaxCode();
		String kind = weighted(KINDS)[0];
		String[] sector = weighted(SECTORS);
		String place = pick(PLACES);
		String name = (kind.equals("Doanh nghiệp") ? "Công ty TNHH" : kind) + " "
				+ sector[2 + this.random.nextInt(sector.length - 2)] + " " + pick(HAMLETS) + place;
		LocalDate founded = LocalDate.of(1995, 1, 1).plusDays(this.random.nextInt(11_000));
		LocalDate joined = founded.plusDays(30 + this.random.nextInt(1_500));
		String phone = "0229 " + (3_000_000 + this.random.nextInt(999_999));
		String head = pick(FAMILY) + " " + pick(GIVEN);
		return String.join(",", taxCode, name, kind, sector[0], founded.toString(), joined.toString(),
				"\"xã " + place + ", tỉnh Ninh Bình\"", phone, head);
	}

	private String[] weighted(String[][] choices) {
		int roll = this.random.nextInt(100);
		for (String[] choice : choices) {
			roll -= Integer.parseInt(choice[1]);
			if (roll < 0) {
				return choice;
			}
		}
		return choices[choices.length - 1];
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
