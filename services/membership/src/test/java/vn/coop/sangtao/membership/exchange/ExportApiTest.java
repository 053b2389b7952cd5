package vn.coop.sangtao.membership.exchange;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.test.ApiClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.membership.exchange.ImportBoundsApiTest.assertRefused;
import static vn.coop.sangtao.membership.exchange.Sheets.CSV;
import static vn.coop.sangtao.membership.exchange.Sheets.csv;
import static vn.coop.sangtao.membership.exchange.Sheets.newTaxCode;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ExchangeTest
class ExportApiTest {

    private static final String UNITS = "/api/membership/units";
    private static final String[] NAMES = {"HTX Nông nghiệp Gia Trấn", "HTX Dịch vụ Điện Đồng Hới",
            "Liên hiệp HTX Vận tải Tràng An", "Tổ hợp tác Mây tre đan Phú Vinh", "Quỹ tín dụng nhân dân Yên Mô",
            "HTX Nông nghiệp Đông Sơn", "Doanh nghiệp Xây dựng Hoa Lư", "HTX Thủ công Đồng Tâm"};
    private static final String[] KINDS = {"HTX", "Liên hiệp HTX", "Tổ hợp tác", "Doanh nghiệp"};
    private static final String[] SECTORS = {"Nông nghiệp", "Thương mại dịch vụ", "Vận tải", "Tín dụng", "Xây dựng"};

    @LocalServerPort
    int port;

    private ExchangeClient client() {
        return new ExchangeClient(port);
    }

    /** A tenant with {@code count} units of mixed names, kinds and sectors; answers its officer's token. */
    private String tenantWithUnits(int count) {
        String staff = bearer("t-" + UUID.randomUUID(), "can.bo", "EMULATION_OFFICER");
        List<String> lines = new ArrayList<>(List.of("Mã số thuế,Tên đơn vị,Loại hình,Lĩnh vực,Ngày gia nhập,Điện thoại"));
        for (int i = 0; i < count; i++) {
            lines.add(newTaxCode() + "," + NAMES[i % NAMES.length] + " " + (i + 1) + "," + KINDS[i % KINDS.length] + ","
                    + SECTORS[i % SECTORS.length] + "," + LocalDate.of(2000 + i % 20, 1 + i % 12, 1 + i % 28)
                    + "," + (i % 3 == 0 ? "+84 229 386 81" + i % 10 : ""));
        }
        JsonNode report = client().importUnits(staff, "don-vi.csv", CSV,
                csv(lines.toArray(String[]::new))).json();
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(count);
        return staff;
    }

    /** The tax codes the list answers for {@code query}, every page, in order. */
    private List<String> searched(String staff, String query) {
        List<String> codes = new ArrayList<>();
        ApiClient api = new ApiClient(port);
        for (int page = 0; ; page++) {
            JsonNode items = api.get(UNITS + "?size=7&page=" + page + "&" + query, staff).json().get("items");
            items.forEach(item -> codes.add(item.get("taxCode").asString()));
            if (items.size() < 7) {
                return codes;
            }
        }
    }

    private static List<String> firstColumn(List<CSVRecord> records) {
        return records.stream().skip(1).map(record -> record.get(0)).toList();
    }

    @Test
    void shouldHoldExactlyWhatTheSearchFindsInItsOrder() {
        String staff = tenantWithUnits(30);
        for (String query : List.of("", "q=nong%20nghiep", "kind=COOPERATIVE&sort=TAX_CODE&direction=DESC",
                "sector=TRANSPORT&status=ACTIVE", "sort=JOINED_ON&direction=DESC", "q=dong")) {
            ExchangeClient.Answer export = client().get(UNITS + "/export?" + query, staff);
            assertThat(export.status()).as(export.text()).isEqualTo(200);
            List<String> searched = searched(staff, query);
            assertThat(firstColumn(Sheets.readCsv(export.body()))).as(query).isNotEmpty().isEqualTo(searched);
        }
    }

    @Test
    void shouldOpenInExcelAndChangeNothingWhenReimported() {
        String staff = tenantWithUnits(12);
        ExchangeClient.Answer export = client().get(UNITS + "/export?format=csv", staff);

        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).startsWith("attachment").contains("don-vi-thanh-vien-t-")
                .contains(".csv");
        assertThat(export.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = Sheets.readCsv(export.body());
        assertThat(records.get(0).toList()).containsExactly("Mã số thuế", "Tên đơn vị", "Loại hình", "Lĩnh vực",
                "Địa bàn", "Ngày thành lập", "Ngày gia nhập", "Địa chỉ", "Điện thoại", "Email", "Người đứng đầu");
        assertThat(records).hasSize(13);
        assertThat(records.stream().skip(1).map(r -> r.get(8)).filter(phone -> !phone.isEmpty()))
                .allMatch(phone -> phone.startsWith("'+84"));

        JsonNode again = client().importUnits(staff, "xuat.csv", CSV, export.body()).json();
        assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(12);
        assertThat(again.get("rows").asInt()).isEqualTo(12);
    }

    @Test
    void shouldWriteAWorkbookWithDateAndTextCellsWhenXlsxIsAsked() throws IOException {
        String staff = tenantWithUnits(5);
        ExchangeClient.Answer export = client().get(UNITS + "/export?format=XLSX&sort=TAX_CODE", staff,
                "Accept-Language", "en");

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("member-units-").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("taxCode");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(searched(staff, "sort=TAX_CODE").get(0));
            assertThat(first.getCell(2).getStringCellValue()).isIn("COOPERATIVE", "COOPERATIVE_UNION",
                    "COOPERATIVE_GROUP", "ENTERPRISE");
            Cell joinedOn = first.getCell(6);
            assertThat(DateUtil.isCellDateFormatted(joinedOn)).isTrue();
        }
        JsonNode again = client().importUnits(staff, "export.xlsx", Sheets.XLSX, export.body()).json();
        assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(5);
    }

    @Test
    void shouldAskForANarrowerFilterWhenTheSearchFindsMoreThanAnExportHolds() {
        String staff = tenantWithUnits(41);
        assertRefused(client().get(UNITS + "/export", staff), 422, "export-too-large");
        assertThat(client().get(UNITS + "/export?kind=COOPERATIVE", staff).status()).isEqualTo(200);
        assertRefused(client().get(UNITS + "/export?format=pdf", staff), 400, "validation-failed");
    }

    @Test
    void shouldExportOnlyTheCallersTenant() {
        tenantWithUnits(3);
        String other = bearer("t-" + UUID.randomUUID(), "thanh.vien", "MEMBER");
        List<CSVRecord> records = Sheets.readCsv(client().get(UNITS + "/export", other).body());
        assertThat(records).hasSize(1);
    }

    @Test
    void shouldLeaveContactColumnsOutOfAPeopleExportForAnyoneButStaff() {
        String tenant = "t-" + UUID.randomUUID();
        String staff = bearer(tenant, "can.bo", "TENANT_ADMIN");
        String giaTran = newTaxCode();
        String trangAn = newTaxCode();
        client().importUnits(staff, "don-vi.csv", CSV, UnitImportApiTest.twoUnits(giaTran, trangAn));
        client().upload(PersonImportApiTest.IMPORT, staff, "nguoi.csv", CSV,
                PersonImportApiTest.people(giaTran, trangAn, newTaxCode()));

        ExchangeClient.Answer forStaff = client().get("/api/membership/people/export", staff);
        List<CSVRecord> rows = Sheets.readCsv(forStaff.body());
        assertThat(rows.get(0).toList()).containsExactly("Mã số thuế đơn vị", "Họ và tên", "Đối tượng", "Chức vụ",
                "Giới tính", "Năm sinh", "Điện thoại", "Email");
        assertThat(rows.get(2).toList()).containsExactly(giaTran, "Nguyễn Thị Hoa", "Thành viên", "Thành viên HĐQT",
                "Nữ", "1985", "0912 345 678", "hoa.nt@example.vn");
        JsonNode again = client().upload(PersonImportApiTest.IMPORT, staff, "xuat.csv", CSV, forStaff.body()).json();
        assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(2);

        List<CSVRecord> forMember = Sheets.readCsv(client().get("/api/membership/people/export",
                bearer(tenant, "thanh.vien", "MEMBER")).body());
        assertThat(forMember.get(0).toList()).doesNotContain("Điện thoại", "Email").hasSize(6);
        assertThat(forMember.get(2).toList()).doesNotContain("0912 345 678", "hoa.nt@example.vn");
    }
}
