package vn.coop.sangtao.local;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The demo membership, the same on every start: the provincial tenants, a small real sample of
 * their area trees before and after 1 July 2025, about 200 units of Ninh Bình over 6 emulation
 * blocks with about 1,000 people, a smaller Quảng Trị, a club and a hold; then Hà Nam and Nam Định
 * are merged into Ninh Bình as of 1 July 2025, as happened.
 */
final class DemoMembership {

	static final String REFORM = "2025-07-01";
	private static final String OLD_END = "2025-06-30";
	private static final int PARALLEL_CALLS = 4;

	record Kind(String prefix, String kind, String sector) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("HTX Nông nghiệp", "COOPERATIVE", "AGRICULTURE"),
			new Kind("HTX Dịch vụ nông nghiệp", "COOPERATIVE", "AGRICULTURE"),
			new Kind("HTX Rau an toàn", "COOPERATIVE", "AGRICULTURE"),
			new Kind("HTX Chăn nuôi", "COOPERATIVE", "AGRICULTURE"),
			new Kind("HTX Thủy sản", "COOPERATIVE", "AGRICULTURE"),
			new Kind("HTX Dược liệu", "COOPERATIVE", "AGRICULTURE"),
			new Kind("HTX Lúa gạo hữu cơ", "COOPERATIVE", "AGRICULTURE"),
			new Kind("Tổ hợp tác Sản xuất", "COOPERATIVE_GROUP", "AGRICULTURE"),
			new Kind("HTX Cói", "COOPERATIVE", "HANDICRAFT"),
			new Kind("HTX Mây tre đan", "COOPERATIVE", "HANDICRAFT"),
			new Kind("HTX Thêu ren", "COOPERATIVE", "HANDICRAFT"),
			new Kind("HTX Đá mỹ nghệ", "COOPERATIVE", "HANDICRAFT"),
			new Kind("HTX Thương mại dịch vụ", "COOPERATIVE", "TRADE_SERVICES"),
			new Kind("HTX Du lịch cộng đồng", "COOPERATIVE", "TRADE_SERVICES"),
			new Kind("HTX Điện năng", "COOPERATIVE", "TRADE_SERVICES"),
			new Kind("Liên hiệp HTX Nông sản", "COOPERATIVE_UNION", "TRADE_SERVICES"),
			new Kind("HTX Vận tải", "COOPERATIVE", "TRANSPORT"),
			new Kind("HTX Xây dựng", "COOPERATIVE", "CONSTRUCTION"),
			new Kind("Quỹ tín dụng nhân dân", "COOPERATIVE", "CREDIT"),
			new Kind("Công ty TNHH Nông sản", "ENTERPRISE", "OTHER"));

	/** Wards and communes of Ninh Bình from 1 July 2025, a real sample; units are placed in them. */
	private static final List<String> NB_GRASSROOTS = List.of("Phường Hoa Lư", "Phường Tây Hoa Lư", "Phường Tam Điệp",
			"Phường Yên Sơn", "Phường Nam Định", "Phường Phủ Lý", "Xã Gia Viễn", "Xã Đại Hoàng", "Xã Gia Hưng",
			"Xã Nho Quan", "Xã Cúc Phương", "Xã Kim Sơn", "Xã Phát Diệm", "Xã Yên Khánh", "Xã Khánh Thiện", "Xã Yên Mô",
			"Xã Yên Mạc", "Xã Gia Trấn");

	private static final List<String> BLOCKS = List.of("Khối HTX nông nghiệp số 1", "Khối HTX nông nghiệp số 2",
			"Khối HTX tiểu thủ công nghiệp", "Khối HTX thương mại, dịch vụ và vận tải",
			"Khối Quỹ tín dụng nhân dân và doanh nghiệp", "Khối cơ quan Liên minh");

	private final SangtaoApi api;
	private final TokenClient tokens;
	private final DemoPeople people = new DemoPeople(2025_07_01L);
	private final ExecutorService calls = Executors.newFixedThreadPool(PARALLEL_CALLS);
	/** The ids of the areas units are placed in, by name. */
	private final Map<String, String> areaIds = new LinkedHashMap<>();
	/** The ids of each unit's people, the head first. */
	private final Map<String, List<String>> peopleOf = new LinkedHashMap<>();
	private List<String> quangTri = List.of();

	DemoMembership(SangtaoApi api, TokenClient tokens) {
		this.api = api;
		this.tokens = tokens;
	}

	/** Seeds everything and answers the ids of Ninh Bình's named demo units, in {@link DemoData#NINH_BINH} order. */
	List<String> seed() {
		try {
			String admin = tokens.userToken("admin", LocalRun.DEMO_PASSWORD);
			for (String[] tenant : new String[][] { { "ninh-binh", "Liên minh HTX tỉnh Ninh Bình" },
					{ "quang-tri", "Liên minh HTX tỉnh Quảng Trị" }, { "ha-nam", "Liên minh HTX tỉnh Hà Nam" },
					{ "nam-dinh", "Liên minh HTX tỉnh Nam Định" } }) {
				DemoData.expect(201, api.post("/api/membership/tenants", admin, "{\"id\":\"%s\",\"name\":%s}"
					.formatted(tenant[0], SangtaoApi.quote(tenant[1]))));
			}
			String nb = tokens.userToken("nb.admin", LocalRun.DEMO_PASSWORD);
			List<String> nbAreas = ninhBinhAreas(nb);
			int year = Year.now().getValue();
			List<String> named = province(nb, DemoData.NINH_BINH, 270_100_000L, 200, 5, nbAreas, year);
			seedClubAndHold(nb, named);
			String qt = tokens.userToken("qt.admin", LocalRun.DEMO_PASSWORD);
			quangTri = province(qt, DemoData.QUANG_TRI, 320_100_000L, 40, 5, quangTriAreas(qt), year);
			mergedProvince(admin, "ha-nam", "Tỉnh Hà Nam", "Thành phố Phủ Lý", "Phường Minh Khai", 70_010_000L);
			mergedProvince(admin, "nam-dinh", "Tỉnh Nam Định", "Huyện Hải Hậu", "Xã Hải Đông", 60_010_000L);
			return named;
		} finally {
			calls.shutdownNow();
		}
	}

	/**
	 * A province: the named units first (their tax codes are the ones the demo accounts know), then
	 * generated ones up to {@code total}, each with a head and people, seated in the year's blocks.
	 */
	private List<String> province(String token, List<DemoData.Unit> namedUnits, long firstTaxPrefix, int total,
			int peoplePerUnit, List<String> areas, int blockYear) {
		record Planned(String name, String kind, String sector) {
		}
		List<Planned> planned = new ArrayList<>();
		Set<String> names = new HashSet<>();
		namedUnits.forEach(u -> {
			planned.add(new Planned(u.name(), u.kind(), u.sector()));
			names.add(u.name());
		});
		while (planned.size() < total) {
			Kind kind = people.pick(KINDS);
			String place = people.pick(areas.isEmpty() ? NB_GRASSROOTS : placeNames(areas));
			String name = kind.prefix() + " " + place;
			if (names.add(name)) {
				planned.add(new Planned(name, kind.kind(), kind.sector()));
			}
		}
		List<String> taxCodes = new ArrayList<>();
		long prefix = firstTaxPrefix;
		for (int i = 0; i < planned.size(); i++) {
			String taxCode = TaxCodes.from(prefix);
			taxCodes.add(taxCode);
			prefix = Long.parseLong(taxCode.substring(0, 9)) + 1;
		}
		List<Supplier<String>> registrations = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			Planned unit = planned.get(i);
			DemoPeople.Person head = people.head();
			String areaId = areas.isEmpty() ? null : areaIds.get(people.pick(areas));
			String body = "{\"name\":%s,\"kind\":\"%s\",\"taxCode\":\"%s\",\"sector\":\"%s\",\"areaId\":%s,\"joinedOn\":\"%d-%02d-01\",\"head\":%s}"
				.formatted(SangtaoApi.quote(unit.name()), unit.kind(), taxCodes.get(i), unit.sector(),
						areaId == null ? "null" : "\"" + areaId + "\"", people.between(1997, 2024),
						people.between(1, 12), SangtaoApi.quote(head.fullName()));
			registrations.add(() -> DemoData.expect(201, call(() -> api.post("/api/membership/units", token, body)))
				.json().get("id").asString());
		}
		List<String> unitIds = all(registrations);
		seatInBlocks(token, blockYear, unitIds, planned.stream().map(Planned::sector).toList(),
				planned.stream().map(Planned::kind).toList());
		List<Supplier<String>> registeringPeople = new ArrayList<>();
		for (String unitId : unitIds) {
			for (int p = 0; p < peoplePerUnit; p++) {
				DemoPeople.Person person = p == 0 ? people.head() : people.member();
				String body = "{\"unitId\":\"%s\",\"fullName\":%s,\"kind\":\"%s\",\"position\":%s,\"gender\":\"%s\",\"birthYear\":%d,\"phone\":\"%s\"}"
					.formatted(unitId, SangtaoApi.quote(person.fullName()), person.kind(),
							SangtaoApi.quote(person.position()), person.gender(), person.birthYear(), person.phone());
				registeringPeople.add(() -> DemoData.expect(201, call(() -> api.post("/api/membership/people", token,
						body))).json().get("id").asString());
			}
		}
		List<String> personIds = all(registeringPeople);
		for (int u = 0; u < unitIds.size(); u++) {
			peopleOf.put(unitIds.get(u), personIds.subList(u * peoplePerUnit, (u + 1) * peoplePerUnit));
		}
		return unitIds.subList(0, namedUnits.size());
	}

	/** The people registered for a unit, the head first; empty for a unit the seed did not register. */
	List<String> peopleOf(String unitId) {
		return peopleOf.getOrDefault(unitId, List.of());
	}

	/** The ids of Quảng Trị's named demo units, in {@link DemoData#QUANG_TRI} order. */
	List<String> quangTri() {
		return quangTri;
	}

	/** Six blocks by trade, as provincial alliances form them; the first two units of each lead it. */
	private void seatInBlocks(String token, int year, List<String> unitIds, List<String> sectors, List<String> kinds) {
		Map<String, List<String>> members = new LinkedHashMap<>();
		BLOCKS.forEach(b -> members.put(b, new ArrayList<>()));
		int agriculture = 0;
		for (int i = 0; i < unitIds.size(); i++) {
			String block = switch (kinds.get(i).equals("ALLIANCE_OFFICE") ? "OFFICE" : sectors.get(i)) {
				case "OFFICE" -> BLOCKS.get(5);
				case "AGRICULTURE" -> BLOCKS.get(agriculture++ % 2);
				case "HANDICRAFT" -> BLOCKS.get(2);
				case "TRADE_SERVICES", "TRANSPORT", "CONSTRUCTION" -> BLOCKS.get(3);
				default -> BLOCKS.get(4);
			};
			members.get(block).add(unitIds.get(i));
		}
		List<Supplier<String>> seats = new ArrayList<>();
		Map<String, String> formed = new LinkedHashMap<>();
		members.forEach((name, units) -> {
			if (units.isEmpty()) {
				return;
			}
			String blockId = DemoData.expect(201, api.post("/api/membership/blocks", token,
					"{\"year\":%d,\"name\":%s}".formatted(year, SangtaoApi.quote(name)))).json().get("id").asString();
			units.forEach(unitId -> seats.add(() -> DemoData.expect(200, call(() -> api.post(
					"/api/membership/blocks/" + blockId + "/units", token, "{\"unitId\":\"" + unitId + "\"}"))).body()));
			formed.put(blockId, name);
		});
		all(seats);
		formed.forEach((blockId, name) -> {
			List<String> units = members.get(name);
			DemoData.expect(200, api.send("PUT", "/api/membership/blocks/" + blockId + "?version=0", token,
					"{\"name\":%s,\"leaderUnitId\":\"%s\",\"deputyUnitId\":%s}".formatted(SangtaoApi.quote(name),
							units.get(0), units.size() > 1 ? "\"" + units.get(1) + "\"" : "null")));
		});
	}

	private void seedClubAndHold(String token, List<String> named) {
		String giaTran = named.get(1);
		DemoData.expect(201, api.post("/api/membership/people", token, """
				{"unitId":"%s","fullName":"Bùi Thị Lan","kind":"MEMBER","position":"Thành viên","gender":"FEMALE",
				 "birthYear":1986,"phone":"0912 734 215","username":"nb.member"}""".formatted(giaTran)));
		String club = DemoData.expect(201, api.post("/api/membership/clubs", token, """
				{"name":"CLB Khởi nghiệp, sáng tạo HTX tỉnh Ninh Bình","hostUnitId":"%s","foundedOn":"2023-05-19"}"""
			.formatted(named.get(0)))).json().get("id").asString();
		for (String unit : List.of(named.get(1), named.get(3), named.get(10))) {
			DemoData.expect(200, api.post("/api/membership/clubs/" + club + "/members", token,
					"{\"kind\":\"UNIT\",\"memberId\":\"%s\",\"joinedOn\":\"2023-06-01\"}".formatted(unit)));
		}
		DemoData.expect(201, api.post("/api/membership/holds", token, """
				{"subject":"UNIT","subjectId":"%s","kind":"INSPECTION","reason":"Thanh tra việc sử dụng vốn hỗ trợ phát triển HTX năm 2025",
				 "openedOn":"%d-09-15"}""".formatted(named.get(5), Year.now().getValue())));
	}

	private List<String> ninhBinhAreas(String token) {
		String oldProvince = area(token, "Tỉnh Ninh Bình", "PROVINCE", null, "1992-04-01", OLD_END);
		Map<String, List<String>> districts = new LinkedHashMap<>();
		districts.put("Thành phố Ninh Bình", List.of("Phường Đông Thành", "Phường Tân Thành"));
		districts.put("Thành phố Tam Điệp", List.of("Phường Bắc Sơn", "Phường Trung Sơn"));
		districts.put("Huyện Gia Viễn", List.of("Xã Gia Trấn", "Xã Gia Hưng", "Xã Gia Sinh"));
		districts.put("Huyện Hoa Lư", List.of("Xã Trường Yên", "Xã Ninh Hải"));
		districts.put("Huyện Kim Sơn", List.of("Thị trấn Phát Diệm", "Xã Kim Chính"));
		districts.put("Huyện Nho Quan", List.of("Xã Cúc Phương", "Xã Phú Long"));
		districts.put("Huyện Yên Khánh", List.of("Xã Khánh Thiện", "Xã Khánh Nhạc"));
		districts.put("Huyện Yên Mô", List.of("Xã Yên Mạc", "Xã Yên Thành"));
		districts.forEach((district, communes) -> {
			String districtId = area(token, district, "DISTRICT", oldProvince, "1992-04-01", OLD_END);
			communes.forEach(c -> area(token, c, c.startsWith("Phường") ? "WARD" : "COMMUNE", districtId,
					"1992-04-01", OLD_END));
		});
		String province = area(token, "Tỉnh Ninh Bình", "PROVINCE", null, REFORM, null);
		List<String> grassroots = new ArrayList<>();
		for (String name : NB_GRASSROOTS) {
			String id = area(token, name, name.startsWith("Phường") ? "WARD" : "COMMUNE", province, REFORM, null);
			areaIds.put(name, id);
			grassroots.add(name);
		}
		return grassroots;
	}

	private List<String> quangTriAreas(String token) {
		String oldProvince = area(token, "Tỉnh Quảng Trị", "PROVINCE", null, "1989-07-01", OLD_END);
		String dongHa = area(token, "Thành phố Đông Hà", "DISTRICT", oldProvince, "1989-07-01", OLD_END);
		area(token, "Phường 1", "WARD", dongHa, "1989-07-01", OLD_END);
		String vinhLinh = area(token, "Huyện Vĩnh Linh", "DISTRICT", oldProvince, "1989-07-01", OLD_END);
		area(token, "Thị trấn Hồ Xá", "COMMUNE", vinhLinh, "1989-07-01", OLD_END);
		String province = area(token, "Tỉnh Quảng Trị", "PROVINCE", null, REFORM, null);
		List<String> grassroots = new ArrayList<>();
		for (String name : List.of("Phường Đông Hà", "Phường Đồng Hới", "Phường Quảng Trị", "Xã Vĩnh Linh",
				"Xã Gio Linh", "Xã Triệu Phong", "Xã Hải Lăng")) {
			areaIds.put(name, area(token, name, name.startsWith("Phường") ? "WARD" : "COMMUNE", province, REFORM, null));
			grassroots.add(name);
		}
		return grassroots;
	}

	/** A province merged into Ninh Bình on 1 July 2025: its old area tree, a few units, then the merge. */
	private void mergedProvince(String admin, String tenant, String provinceName, String districtName,
			String communeName, long firstTaxPrefix) {
		String token = tokens.userToken(tenant.equals("ha-nam") ? "hn.admin" : "nd.admin", LocalRun.DEMO_PASSWORD);
		String province = area(token, provinceName, "PROVINCE", null, "1997-01-01", OLD_END);
		String district = area(token, districtName, "DISTRICT", province, "1997-01-01", OLD_END);
		String commune = area(token, communeName, communeName.startsWith("Phường") ? "WARD" : "COMMUNE", district,
				"1997-01-01", OLD_END);
		areaIds.put(communeName, commune);
		String place = provinceName.substring(5);
		List<DemoData.Unit> units = List.of(
				new DemoData.Unit("HTX Nông nghiệp " + place, "COOPERATIVE", "AGRICULTURE"),
				new DemoData.Unit("HTX Dịch vụ tổng hợp " + place, "COOPERATIVE", "TRADE_SERVICES"),
				new DemoData.Unit("HTX Mây tre đan " + place, "COOPERATIVE", "HANDICRAFT"));
		// their last blocks were those of 2025, formed before the merger
		province(token, units, firstTaxPrefix, 8, 3, List.of(communeName), 2025);
		DemoData.expect(200, api.post("/api/membership/tenants/" + tenant + "/merge", admin,
				"{\"into\":\"ninh-binh\",\"effectiveOn\":\"" + REFORM + "\"}"));
	}

	private String area(String token, String name, String level, String parentId, String from, String to) {
		return DemoData.expect(201, api.post("/api/membership/areas", token,
				"{\"name\":%s,\"level\":\"%s\",\"parentId\":%s,\"validFrom\":\"%s\",\"validTo\":%s}".formatted(
						SangtaoApi.quote(name), level, parentId == null ? "null" : "\"" + parentId + "\"", from,
						to == null ? "null" : "\"" + to + "\""))).json().get("id").asString();
	}

	private static List<String> placeNames(List<String> areas) {
		return areas.stream().map(a -> a.replaceFirst("^(Phường|Xã|Thị trấn) ", "")).toList();
	}

	/** Runs the calls a few at a time and answers their results in order. */
	private List<String> all(List<Supplier<String>> work) {
		List<Future<String>> running = work.stream().map(w -> calls.submit(w::get)).toList();
		List<String> results = new ArrayList<>();
		for (Future<String> future : running) {
			try {
				results.add(future.get());
			} catch (Exception e) {
				throw new IllegalStateException("demo seed failed", e);
			}
		}
		return results;
	}

	/** Calls again after the gateway's rate limiter answers 429, waiting as long as it says. */
	static SangtaoApi.Response call(Supplier<SangtaoApi.Response> request) {
		for (int attempt = 0;; attempt++) {
			SangtaoApi.Response response = request.get();
			if (response.status() != 429 || attempt == 20) {
				return response;
			}
			String retryAfter = response.header("Retry-After");
			try {
				Thread.sleep(retryAfter == null ? 500 : Long.parseLong(retryAfter.trim()) * 1000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return response;
			}
		}
	}
}
