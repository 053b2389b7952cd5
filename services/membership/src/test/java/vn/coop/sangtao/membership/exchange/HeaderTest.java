package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderTest {

    private static SheetRow row(String... cells) {
        return new SheetRow(1, List.of(cells));
    }

    @Test
    void shouldKnowAColumnWhateverTheCaseAccentsOrPunctuationOfItsHeader() {
        Header header = Header.of(row("MA SO THUE (*)", "tên  đơn vị", "Loại_hình", "SECTOR", "Ghi chú"), UnitSheet.COLUMNS);
        SheetRow data = new SheetRow(2, List.of("2700283652", "HTX A", "HTX", "Khác", "x"));
        assertThat(header.value(data, UnitSheet.TAX_CODE)).isEqualTo("2700283652");
        assertThat(header.value(data, UnitSheet.SECTOR)).isEqualTo("Khác");
        assertThat(header.nameOf(UnitSheet.NAME)).isEqualTo("tên  đơn vị");
        assertThat(header.has(UnitSheet.AREA)).isFalse();
        assertThat(header.value(data, UnitSheet.AREA)).isEmpty();
    }

    @Test
    void shouldListEveryMissingRequiredColumnWhenTheHeaderLacksThem() {
        assertThatThrownBy(() -> Header.of(row("Tên đơn vị", "Địa chỉ"), UnitSheet.COLUMNS))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("missing-columns");
                    assertThat(problem.errors()).extracting(FieldProblem::field)
                            .containsExactly("Mã số thuế", "Loại hình", "Lĩnh vực");
                });
    }

    @Test
    void shouldRefuseAColumnNamedTwiceWhenItsValuesCouldDisagree() {
        assertThatThrownBy(() -> Header.of(row("taxCode", "Mã số thuế", "name", "kind", "sector"), UnitSheet.COLUMNS))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("duplicate-column"));
    }

    @Test
    void shouldReadVietnameseAndEnglishWordsForListValues() {
        assertThat(UnitSheet.KINDS.read("liên hiệp HTX")).contains(vn.coop.sangtao.membership.unit.UnitKind.COOPERATIVE_UNION);
        assertThat(UnitSheet.KINDS.read("cooperative_group")).contains(vn.coop.sangtao.membership.unit.UnitKind.COOPERATIVE_GROUP);
        assertThat(UnitSheet.SECTORS.read("Thương mại - Dịch vụ")).contains(vn.coop.sangtao.membership.unit.Sector.TRADE_SERVICES);
        assertThat(PersonSheet.GENDERS.read("nu")).contains(vn.coop.sangtao.membership.person.Gender.FEMALE);
        assertThat(UnitSheet.SECTORS.read("Hàng không")).isEmpty();
    }
}
