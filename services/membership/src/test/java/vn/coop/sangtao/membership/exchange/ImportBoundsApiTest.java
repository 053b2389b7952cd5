package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.test.ApiClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.membership.exchange.Sheets.CSV;
import static vn.coop.sangtao.membership.exchange.Sheets.csv;
import static vn.coop.sangtao.membership.exchange.Sheets.newTaxCode;
import static vn.coop.sangtao.membership.exchange.UnitImportApiTest.IMPORT;
import static vn.coop.sangtao.membership.exchange.UnitImportApiTest.staffOfNewTenant;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;
import static vn.coop.sangtao.platform.test.TestTokens.unitRep;

/** What an import refuses as a whole, who may import, and that one tenant's import never touches another's units. */
@ExchangeTest
class ImportBoundsApiTest {

    @LocalServerPort
    int port;

    private ExchangeClient client() {
        return new ExchangeClient(port);
    }

    /** As ProblemAssertions.assertProblem, for an answer read as bytes. */
    static void assertRefused(ExchangeClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString()).endsWith("/" + code);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
        assertThat(problem.get("traceId").asString()).isNotBlank();
    }

    @Test
    void shouldRefuseFilesThatAreNotSheets() {
        String staff = staffOfNewTenant();
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(client().importUnits(staff, "quyet-dinh.pdf", "application/pdf", pdf), 400, "unreadable-import");
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused(client().importUnits(staff, "don-vi.xls", "application/vnd.ms-excel", oldExcel), 400,
                "unreadable-import");
        byte[] notAWorkbook = csv("taxCode,name,kind,sector");
        assertRefused(client().importUnits(staff, "don-vi.xlsx", Sheets.XLSX, notAWorkbook), 400, "unreadable-import");
        byte[] windows1258 = "Mã số thuế,Tên\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertRefused(client().importUnits(staff, "don-vi.csv", CSV, windows1258), 400, "csv-not-utf8");
        assertRefused(client().importUnits(staff, "trong.csv", CSV, csv("", ";;", "")), 400, "empty-import");
    }

    @Test
    void shouldNameTheMissingColumnsWhenTheHeaderLacksRequiredOnes() {
        ExchangeClient.Answer answer = client().importUnits(staffOfNewTenant(), "don-vi.csv", CSV,
                csv("MÃ SỐ THUẾ,ten don vi,Địa chỉ", newTaxCode() + ",HTX A,Ninh Bình"));

        assertRefused(answer, 422, "missing-columns");
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("Loại hình", "Lĩnh vực");
        assertThat(answer.json().get("detail").asString()).contains("Loại hình (kind)", "Lĩnh vực (sector)");
    }

    @Test
    void shouldRefuseASheetWithMoreRowsOrBytesThanAllowed() {
        String staff = staffOfNewTenant();
        List<String> lines = new ArrayList<>(List.of("taxCode,name,kind,sector"));
        for (int i = 0; i < 301; i++) {
            lines.add(newTaxCode() + ",HTX " + i + ",HTX,Khác");
        }
        assertRefused(client().importUnits(staff, "lon.csv", CSV, csv(lines.toArray(String[]::new))), 413,
                "too-many-rows");
        byte[] large = new byte[400 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        assertRefused(client().importUnits(staff, "lon.csv", CSV, large), 413, "import-too-large");
        assertThat(new ApiClient(port).get("/api/membership/units", staff).json().get("total").asLong()).isZero();
    }

    @Test
    void shouldRefuseAnImportWhenTheCallerIsNotTheAlliancesStaff() {
        String tenant = "t-" + UUID.randomUUID();
        byte[] sheet = UnitImportApiTest.twoUnits(newTaxCode(), newTaxCode());
        assertRefused(client().importUnits(bearer(tenant, "thanh.vien", "MEMBER"), "a.csv", CSV, sheet), 403,
                "forbidden");
        assertRefused(client().importUnits(unitRep(tenant, "dai.dien", newTaxCode()), "a.csv", CSV, sheet), 403,
                "forbidden");
        assertRefused(client().upload("/api/membership/people/import", bearer(tenant, "thanh.vien", "MEMBER"), "a.csv",
                CSV, sheet), 403, "forbidden");
        assertThat(new ApiClient(port).get("/api/membership/units", bearer(tenant, "cb", "TENANT_ADMIN")).json()
                .get("total").asLong()).isZero();
    }

    @Test
    void shouldNeitherSeeNorChangeAnotherTenantsUnitsWhenImporting() {
        String ninhBinh = staffOfNewTenant();
        String quangTri = staffOfNewTenant();
        String first = newTaxCode();
        String second = newTaxCode();
        client().importUnits(ninhBinh, "nb.csv", CSV, UnitImportApiTest.twoUnits(first, second));

        JsonNode theirs = client().importUnits(quangTri, "qt.csv", CSV, csv("taxCode,name,kind,sector",
                first + ",HTX Quảng Trị Một,HTX,Nông nghiệp", second + ",HTX Quảng Trị Hai,HTX,Nông nghiệp")).json();

        assertThat(theirs.get("created").asInt()).isEqualTo(2);
        assertThat(theirs.get("updated").asInt()).isZero();
        ApiClient api = new ApiClient(port);
        JsonNode ours = api.get("/api/membership/units?q=" + first, ninhBinh).json().get("items").get(0);
        assertThat(ours.get("name").asString()).isEqualTo("HTX Nông nghiệp Gia Trấn");
        assertThat(ours.get("version").asLong()).isZero();
        assertThat(api.get("/api/membership/units", quangTri).json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/membership/units", ninhBinh).json().get("total").asLong()).isEqualTo(2);
    }
}
