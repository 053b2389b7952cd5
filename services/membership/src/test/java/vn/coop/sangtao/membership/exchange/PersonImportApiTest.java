package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.test.ApiClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.membership.exchange.Sheets.CSV;
import static vn.coop.sangtao.membership.exchange.Sheets.csv;
import static vn.coop.sangtao.membership.exchange.Sheets.newTaxCode;
import static vn.coop.sangtao.membership.exchange.UnitImportApiTest.errors;
import static vn.coop.sangtao.membership.exchange.UnitImportApiTest.staffOfNewTenant;

@ExchangeTest
class PersonImportApiTest {

    static final String IMPORT = "/api/membership/people/import";
    static final String HEADER = "Mã số thuế đơn vị,Họ và tên,Đối tượng,Chức vụ,Giới tính,Năm sinh,Điện thoại,Email";

    @LocalServerPort
    int port;

    private ExchangeClient client() {
        return new ExchangeClient(port);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    /** Two units of a fresh tenant, registered through the unit import. */
    private List<String> twoUnits(String staff) {
        String giaTran = newTaxCode();
        String trangAn = newTaxCode();
        client().importUnits(staff, "don-vi.csv", CSV, UnitImportApiTest.twoUnits(giaTran, trangAn));
        return List.of(giaTran, trangAn);
    }

    static byte[] people(String giaTran, String trangAn, String unknown) {
        return csv(HEADER,
                giaTran + ",Nguyễn Thị Hoa,Thành viên,Thành viên HĐQT,Nữ,1985,0912 345 678,hoa.nt@example.vn",
                trangAn + ",Đinh Văn Hùng,Cán bộ,Giám đốc,Nam,1972,,",
                unknown + ",Lê Văn Nam,Người lao động,,Nam,1990,,");
    }

    private List<JsonNode> peopleOf(String staff) {
        List<JsonNode> found = new ArrayList<>();
        api().get("/api/membership/people?size=200", staff).json().get("items").forEach(found::add);
        return found;
    }

    @Test
    void shouldRegisterPeopleInTheirUnitsAndFailRowsOfUnknownUnits() {
        String staff = staffOfNewTenant();
        List<String> units = twoUnits(staff);
        String unknown = newTaxCode();

        JsonNode report = client().upload(IMPORT, staff, "nguoi.csv", CSV, people(units.get(0), units.get(1), unknown))
                .json();

        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        assertThat(errors(report)).containsExactly("4|Mã số thuế đơn vị|unknown-unit");
        assertThat(report.get("errors").get(0).get("message").asString()).contains(unknown);
        List<JsonNode> people = peopleOf(staff);
        assertThat(people).extracting(p -> p.get("fullName").asString()).containsExactly("Đinh Văn Hùng", "Nguyễn Thị Hoa");
        JsonNode hoa = people.get(1);
        assertThat(hoa.get("kind").asString()).isEqualTo("MEMBER");
        assertThat(hoa.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(hoa.get("birthYear").asInt()).isEqualTo(1985);
        assertThat(hoa.get("phone").asString()).isEqualTo("0912 345 678");
        String giaTranId = api().get("/api/membership/units?q=" + units.get(0), staff).json().get("items").get(0)
                .get("id").asString();
        assertThat(hoa.get("unitId").asString()).isEqualTo(giaTranId);
    }

    @Test
    void shouldFindTheSamePersonWhenReimportedAndCorrectOnlyWhatDiffers() {
        String staff = staffOfNewTenant();
        List<String> units = twoUnits(staff);
        byte[] sheet = people(units.get(0), units.get(1), newTaxCode());
        client().upload(IMPORT, staff, "nguoi.csv", CSV, sheet);

        JsonNode again = client().upload(IMPORT, staff, "nguoi.csv", CSV, sheet).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();

        // the same person written in capitals and without accents, now with another position
        JsonNode corrected = client().upload(IMPORT, staff, "sua.csv", CSV, csv("unitTaxCode,fullName,kind,position,birthYear",
                units.get(1) + ",DINH VAN HUNG,CADRE,Chủ tịch Hội đồng quản trị,1972")).json();
        assertThat(corrected.get("updated").asInt()).as(corrected.toString()).isEqualTo(1);
        assertThat(corrected.get("created").asInt()).isZero();
        JsonNode hung = peopleOf(staff).stream().filter(p -> p.get("birthYear").asInt() == 1972).findFirst().orElseThrow();
        assertThat(hung.get("position").asString()).isEqualTo("Chủ tịch Hội đồng quản trị");
        assertThat(hung.get("version").asLong()).isEqualTo(1);
        assertThat(peopleOf(staff)).hasSize(2);
    }

    @Test
    void shouldRefuseARepeatedPersonAndApplyNothingWhenItIsADryRun() {
        String staff = staffOfNewTenant();
        List<String> units = twoUnits(staff);

        JsonNode report = client().upload(IMPORT + "?dryRun=true", staff, "nguoi.csv", CSV, csv(HEADER,
                units.get(0) + ",Nguyễn Thị Hoa,Thành viên,,Nữ,1985,,",
                units.get(0) + ",Nguyen Thi Hoa,MEMBER,,FEMALE,1985,,",
                units.get(0) + ",Nguyễn Thị Hoa,Thành viên,,Nữ,1991,,",
                units.get(1) + ",Trần Văn Bình,Công nhân,,Nam,1880,không có,")).json();

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(errors(report)).containsExactly("3|Họ và tên|duplicate-person-in-file", "5|Đối tượng|unknown-value",
                "5|Năm sinh|too-small", "5|Điện thoại|invalid-format");
        assertThat(peopleOf(staff)).isEmpty();
    }
}
