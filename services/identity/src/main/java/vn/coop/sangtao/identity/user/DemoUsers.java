package vn.coop.sangtao.identity.user;

import java.util.List;

/**
 * The demo people of the local run and the end-to-end tests: the national VCA tenant and two
 * provinces, so that scenarios can prove one province never sees the other, and the admins of the
 * two provinces that merged into Ninh Bình.
 */
final class DemoUsers {

	static final String NATIONAL = "vca";

	static final String NINH_BINH = "ninh-binh";

	static final String QUANG_TRI = "quang-tri";

	/** Merged into Ninh Bình on 1 July 2025: the local run seeds them, then merges them. */
	static final String HA_NAM = "ha-nam";

	static final String NAM_DINH = "nam-dinh";

	/**
	 * HTX Nông nghiệp Gia Trấn, the second unit the local run registers in Ninh Bình (its tax codes
	 * start at 270100000): the unit {@code nb.unitrep} represents.
	 */
	static final String GIA_TRAN_TAX_CODE = "2701000019";

	static final List<DemoUser> ALL = List.of(
			new DemoUser("admin", "Phạm Quốc Hùng", NATIONAL, Role.PLATFORM_ADMIN),
			new DemoUser("vca.officer", "Nguyễn Thị Hoa", NATIONAL, Role.NATIONAL_OFFICER),
			// the national alliance's own staff: drafts and launches the national campaigns provinces cascade
			new DemoUser("vca.admin", "Đỗ Minh Tuấn", NATIONAL, Role.TENANT_ADMIN),
			new DemoUser("nb.admin", "Đinh Văn Khánh", NINH_BINH, Role.TENANT_ADMIN),
			new DemoUser("nb.officer", "Trần Thị Thu Hà", NINH_BINH, Role.EMULATION_OFFICER),
			new DemoUser("nb.council1", "Phạm Văn Đức", NINH_BINH, Role.COUNCIL_MEMBER),
			new DemoUser("nb.council2", "Lê Thị Ngọc Ánh", NINH_BINH, Role.COUNCIL_MEMBER),
			new DemoUser("nb.council3", "Vũ Đình Thắng", NINH_BINH, Role.COUNCIL_MEMBER),
			new DemoUser("nb.unitrep", "Hoàng Văn Sơn", NINH_BINH, Role.UNIT_REP, GIA_TRAN_TAX_CODE),
			new DemoUser("nb.member", "Bùi Thị Lan", NINH_BINH, Role.MEMBER),
			new DemoUser("qt.admin", "Lê Quang Vinh", QUANG_TRI, Role.TENANT_ADMIN),
			new DemoUser("qt.officer", "Hồ Thị Mỹ Linh", QUANG_TRI, Role.EMULATION_OFFICER),
			new DemoUser("hn.admin", "Trần Văn Phú", HA_NAM, Role.TENANT_ADMIN),
			new DemoUser("nd.admin", "Vũ Thị Hằng", NAM_DINH, Role.TENANT_ADMIN));

	private DemoUsers() {
	}

}
