package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.membership.person.Gender;
import vn.coop.sangtao.membership.person.PersonKind;

import java.util.List;

/**
 * The columns of the people sheet, in the order an export writes them. A person is the same person
 * when the unit's tax code, the name without accents and the birth year agree.
 */
public final class PersonSheet {

    public static final Column UNIT_TAX_CODE = Column.required("unitTaxCode", "Mã số thuế đơn vị", "MST đơn vị");
    public static final Column FULL_NAME = Column.required("fullName", "Họ và tên", "Họ tên");
    public static final Column KIND = Column.required("kind", "Đối tượng", "Phân loại");
    public static final Column POSITION = Column.optional("position", "Chức vụ");
    public static final Column GENDER = Column.optional("gender", "Giới tính");
    public static final Column BIRTH_YEAR = Column.optional("birthYear", "Năm sinh");
    public static final Column PHONE = Column.optional("phone", "Điện thoại", "Số điện thoại");
    public static final Column EMAIL = Column.optional("email", "Email", "Thư điện tử");

    public static final List<Column> COLUMNS =
            List.of(UNIT_TAX_CODE, FULL_NAME, KIND, POSITION, GENDER, BIRTH_YEAR, PHONE, EMAIL);

    public static final Vocabulary<PersonKind> KINDS = Vocabulary.of(PersonKind.class)
            .with(PersonKind.CADRE, "Cán bộ")
            .with(PersonKind.MEMBER, "Thành viên", "Thành viên HTX", "Xã viên")
            .with(PersonKind.WORKER, "Người lao động", "Lao động");

    public static final Vocabulary<Gender> GENDERS = Vocabulary.of(Gender.class)
            .with(Gender.MALE, "Nam")
            .with(Gender.FEMALE, "Nữ")
            .with(Gender.OTHER, "Khác");

    private PersonSheet() {
    }
}
