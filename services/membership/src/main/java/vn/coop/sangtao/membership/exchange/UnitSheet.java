package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.UnitKind;

import java.util.List;

/** The columns of the member unit sheet, in the order an export writes them, and the words of its lists. */
public final class UnitSheet {

    public static final Column TAX_CODE = Column.required("taxCode", "Mã số thuế", "MST");
    public static final Column NAME = Column.required("name", "Tên đơn vị", "Tên");
    public static final Column KIND = Column.required("kind", "Loại hình");
    public static final Column SECTOR = Column.required("sector", "Lĩnh vực", "Ngành nghề");
    public static final Column AREA = Column.optional("area", "Địa bàn", "areaId", "areaCode", "Mã địa bàn");
    public static final Column FOUNDED_ON = Column.optional("foundedOn", "Ngày thành lập");
    public static final Column JOINED_ON = Column.optional("joinedOn", "Ngày gia nhập", "Ngày vào Liên minh");
    public static final Column ADDRESS = Column.optional("address", "Địa chỉ");
    public static final Column PHONE = Column.optional("phone", "Điện thoại", "Số điện thoại");
    public static final Column EMAIL = Column.optional("email", "Email", "Thư điện tử");
    public static final Column HEAD = Column.optional("head", "Người đứng đầu", "Người đại diện");

    public static final List<Column> COLUMNS =
            List.of(TAX_CODE, NAME, KIND, SECTOR, AREA, FOUNDED_ON, JOINED_ON, ADDRESS, PHONE, EMAIL, HEAD);

    public static final Vocabulary<UnitKind> KINDS = Vocabulary.of(UnitKind.class)
            .with(UnitKind.COOPERATIVE, "HTX", "Hợp tác xã")
            .with(UnitKind.COOPERATIVE_UNION, "Liên hiệp HTX", "Liên hiệp hợp tác xã")
            .with(UnitKind.COOPERATIVE_GROUP, "Tổ hợp tác", "THT")
            .with(UnitKind.ENTERPRISE, "Doanh nghiệp", "DN")
            .with(UnitKind.ALLIANCE_OFFICE, "Cơ quan Liên minh", "Cơ quan Liên minh HTX");

    public static final Vocabulary<Sector> SECTORS = Vocabulary.of(Sector.class)
            .with(Sector.AGRICULTURE, "Nông nghiệp")
            .with(Sector.HANDICRAFT, "Tiểu thủ công nghiệp", "Thủ công nghiệp")
            .with(Sector.TRADE_SERVICES, "Thương mại dịch vụ", "Thương mại - dịch vụ", "Dịch vụ")
            .with(Sector.TRANSPORT, "Vận tải")
            .with(Sector.CONSTRUCTION, "Xây dựng")
            .with(Sector.CREDIT, "Tín dụng", "Quỹ tín dụng")
            .with(Sector.OTHER, "Khác");

    private UnitSheet() {
    }
}
