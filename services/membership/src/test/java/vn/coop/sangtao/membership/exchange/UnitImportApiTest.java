package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.test.ApiClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.membership.exchange.Sheets.CSV;
import static vn.coop.sangtao.membership.exchange.Sheets.XLSX;
import static vn.coop.sangtao.membership.exchange.Sheets.csv;
import static vn.coop.sangtao.membership.exchange.Sheets.newTaxCode;
import static vn.coop.sangtao.membership.exchange.Sheets.row;
import static vn.coop.sangtao.membership.exchange.Sheets.withBom;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ExchangeTest
class UnitImportApiTest {

    static final String IMPORT = "/api/membership/units/import";
    static final String VI_HEADER = "Mã số thuế;Tên đơn vị;Loại hình;Lĩnh vực;Ngày thành lập;Ngày gia nhập;Địa chỉ;"
            + "Điện thoại;Email;Người đứng đầu";

    @LocalServerPort
    int port;

    private ExchangeClient client() {
        return new ExchangeClient(port);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    static String staffOfNewTenant() {
        return bearer("t-" + UUID.randomUUID(), "can.bo.thi.dua", "EMULATION_OFFICER");
    }

    static byte[] twoUnits(String first, String second) {
        return withBom(csv(VI_HEADER,
                first + ";HTX Nông nghiệp Gia Trấn;HTX;Nông nghiệp;15/03/2004;2005-01-10;"
                        + "\"Xã Gia Trấn; tỉnh Ninh Bình\";0229 3868 123;htx.giatran@example.vn;Đinh Văn Hùng",
                second + ";Liên hiệp HTX Vận tải Tràng An;liên hiệp htx;VAN TAI;;;;;;"));
    }

    private JsonNode unit(String staff, String taxCode) {
        JsonNode page = api().get("/api/membership/units?q=" + taxCode, staff).json();
        assertThat(page.get("total").asLong()).as(taxCode).isEqualTo(1);
        return page.get("items").get(0);
    }

    @Test
    void shouldRegisterEveryRowWhenACsvWithVietnameseHeadersIsImported() {
        String staff = staffOfNewTenant();
        String first = newTaxCode();
        String second = newTaxCode();
        ExchangeClient.Answer answer = client().importUnits(staff, "don-vi.csv", CSV, twoUnits(first, second));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("dryRun").asBoolean()).isFalse();
        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("failed").asInt()).isZero();
        JsonNode giaTran = unit(staff, first);
        assertThat(giaTran.get("name").asString()).isEqualTo("HTX Nông nghiệp Gia Trấn");
        assertThat(giaTran.get("kind").asString()).isEqualTo("COOPERATIVE");
        assertThat(giaTran.get("sector").asString()).isEqualTo("AGRICULTURE");
        assertThat(giaTran.get("foundedOn").asString()).isEqualTo("2004-03-15");
        assertThat(giaTran.get("joinedOn").asString()).isEqualTo("2005-01-10");
        assertThat(giaTran.get("address").asString()).isEqualTo("Xã Gia Trấn; tỉnh Ninh Bình");
        assertThat(giaTran.get("head").asString()).isEqualTo("Đinh Văn Hùng");
        JsonNode trangAn = unit(staff, second);
        assertThat(trangAn.get("kind").asString()).isEqualTo("COOPERATIVE_UNION");
        assertThat(trangAn.get("sector").asString()).isEqualTo("TRANSPORT");
        assertThat(trangAn.has("phone")).isFalse();
    }

    @Test
    void shouldReadDateAndNumberCellsWhenAnXlsxIsImported() {
        String staff = staffOfNewTenant();
        String taxCode = newTaxCode();
        String hanoiCode = Sheets.newHanoiTaxCode();
        byte[] workbook = Sheets.xlsx(List.of(
                row("taxCode", "name", "kind", "sector", "foundedOn", "joinedOn"),
                row(Long.parseLong(taxCode), "Tổ hợp tác Mây tre đan Phú Vinh", "Tổ hợp tác", "Tiểu thủ công nghiệp",
                        LocalDate.of(2010, 6, 1), "01/07/2012"),
                // typed as a number, Excel shows 0100… without its leading zero
                row(Long.parseLong(hanoiCode), "Quỹ tín dụng nhân dân Đông Anh", "DOANH NGHIEP", "CREDIT")));

        ExchangeClient.Answer answer = client().importUnits(staff, "don-vi.xlsx", XLSX, workbook);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).as(answer.text()).isEqualTo(2);
        JsonNode phuVinh = unit(staff, taxCode);
        assertThat(phuVinh.get("kind").asString()).isEqualTo("COOPERATIVE_GROUP");
        assertThat(phuVinh.get("sector").asString()).isEqualTo("HANDICRAFT");
        assertThat(phuVinh.get("foundedOn").asString()).isEqualTo("2010-06-01");
        assertThat(phuVinh.get("joinedOn").asString()).isEqualTo("2012-07-01");
        assertThat(unit(staff, hanoiCode).get("kind").asString()).isEqualTo("ENTERPRISE");
    }

    @Test
    void shouldChangeNothingWhenTheSameSheetIsImportedAgain() {
        String staff = staffOfNewTenant();
        String first = newTaxCode();
        String second = newTaxCode();
        byte[] sheet = twoUnits(first, second);
        assertThat(client().importUnits(staff, "don-vi.csv", CSV, sheet).json().get("created").asInt()).isEqualTo(2);

        JsonNode again = client().importUnits(staff, "don-vi.csv", CSV, sheet).json();

        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("failed").asInt()).isZero();
        assertThat(unit(staff, first).get("version").asLong()).isZero();
        assertThat(unit(staff, second).get("version").asLong()).isZero();
    }

    @Test
    void shouldCorrectOnlyTheRowsThatDifferAndKeepColumnsTheSheetLeavesOut() {
        String staff = staffOfNewTenant();
        String first = newTaxCode();
        String second = newTaxCode();
        client().importUnits(staff, "don-vi.csv", CSV, twoUnits(first, second));

        JsonNode report = client().importUnits(staff, "sua.csv", CSV, csv("taxCode,name,kind,sector",
                first + ",HTX Nông nghiệp và Dịch vụ Gia Trấn,COOPERATIVE,AGRICULTURE",
                second + ",Liên hiệp HTX Vận tải Tràng An,COOPERATIVE_UNION,TRANSPORT")).json();

        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("unchanged").asInt()).isEqualTo(1);
        JsonNode corrected = unit(staff, first);
        assertThat(corrected.get("name").asString()).isEqualTo("HTX Nông nghiệp và Dịch vụ Gia Trấn");
        assertThat(corrected.get("version").asLong()).isEqualTo(1);
        assertThat(corrected.get("phone").asString()).isEqualTo("0229 3868 123");
        assertThat(corrected.get("foundedOn").asString()).isEqualTo("2004-03-15");
    }

    @Test
    void shouldApplyNothingAndAnswerTheSameReportWhenItIsADryRun() {
        String staff = staffOfNewTenant();
        byte[] sheet = rowsWithMistakes(newTaxCode(), newTaxCode(), newTaxCode(), newTaxCode(), newTaxCode());

        JsonNode dry = client().upload(IMPORT + "?dryRun=true", staff, "don-vi.csv", CSV, sheet).json();

        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(api().get("/api/membership/units", staff).json().get("total").asLong()).isZero();
        JsonNode real = client().importUnits(staff, "don-vi.csv", CSV, sheet).json();
        assertThat(real.get("dryRun").asBoolean()).isFalse();
        for (String field : List.of("rows", "created", "updated", "unchanged", "failed", "errors")) {
            assertThat(real.get(field)).as(field).isEqualTo(dry.get(field));
        }
        assertThat(api().get("/api/membership/units", staff).json().get("total").asLong()).isEqualTo(2);
    }

    /** Rows 2 and 7 are valid; 3 has a wrong check digit, 4 an unknown kind, 5 repeats row 2, 6 has no name. */
    static byte[] rowsWithMistakes(String a, String b, String c, String d, String e) {
        return csv("Mã số thuế,Tên đơn vị,Loại hình,Lĩnh vực",
                a + ",HTX Dịch vụ Điện Đồng Hới,HTX,Thương mại dịch vụ",
                Sheets.withWrongCheckDigit(b) + ",HTX Sai Mã,HTX,Khác",
                c + ",HTX Kiểu Mới,Hợp tác xã kiểu mới,Khác",
                a + ",HTX Trùng Mã,HTX,Khác",
                d + ",,HTX,Khác",
                e + ",Doanh nghiệp Xây dựng Hoa Lư,Doanh nghiệp,Xây dựng");
    }

    @Test
    void shouldReportEachBadRowByItsSheetRowWhileApplyingTheValidOnes() {
        String staff = staffOfNewTenant();
        String a = newTaxCode();
        String b = newTaxCode();
        String e = newTaxCode();

        JsonNode report = client().importUnits(staff, "don-vi.csv", CSV,
                rowsWithMistakes(a, b, newTaxCode(), newTaxCode(), e)).json();

        assertThat(report.get("rows").asInt()).isEqualTo(6);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("failed").asInt()).isEqualTo(4);
        assertThat(errors(report)).containsExactly(
                "3|Mã số thuế|invalid-tax-code", "4|Loại hình|unknown-value", "5|Mã số thuế|duplicate-in-file",
                "6|Tên đơn vị|required");
        assertThat(report.get("errors").get(2).get("message").asString()).isEqualTo("mã số thuế đã có ở dòng 2 của tệp");
        assertThat(report.get("errors").get(1).get("message").asString()).contains("Hợp tác xã kiểu mới");
        assertThat(unit(staff, a).get("name").asString()).isEqualTo("HTX Dịch vụ Điện Đồng Hới");
        assertThat(unit(staff, e).get("sector").asString()).isEqualTo("CONSTRUCTION");
    }

    @Test
    void shouldWordRowErrorsInEnglishWhenAskedTo() {
        JsonNode report = client().upload(IMPORT + "?dryRun=true", staffOfNewTenant(), "units.csv", CSV,
                rowsWithMistakes(newTaxCode(), newTaxCode(), newTaxCode(), newTaxCode(), newTaxCode()),
                "Accept-Language", "en").json();

        assertThat(report.get("errors").get(0).get("message").asString()).endsWith("has a wrong check digit");
        assertThat(report.get("errors").get(3).get("message").asString()).isEqualTo("must not be blank");
    }

    static List<String> errors(JsonNode report) {
        List<String> found = new ArrayList<>();
        report.get("errors").forEach(error -> found.add(error.get("row").asInt() + "|" + error.get("column").asString()
                + "|" + error.get("code").asString()));
        return found;
    }
}
