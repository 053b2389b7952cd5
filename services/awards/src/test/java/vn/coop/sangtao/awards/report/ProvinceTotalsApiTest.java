package vn.coop.sangtao.awards.report;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ContractEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class ProvinceTotalsApiTest extends AwardsApi {

    private static final String GRANTED = "vn.coop.sangtao.award.granted.v1";
    private static final String TOPIC = "awards.history.events";
    /** A year no other test grants awards in: the national rows are shared by every tenant of the context. */
    private static final int YEAR = 2031;

    private final String national = bearer("vca", "vca.officer", "NATIONAL_OFFICER");
    private final String ninhBinh = "nb-" + UUID.randomUUID().toString().substring(0, 8);
    private final String quangTri = "qt-" + UUID.randomUUID().toString().substring(0, 8);

    /**
     * A province announces an award it granted, as awards publishes it. {@code subject} makes the
     * record's key: records of one key are read in order.
     */
    private String announce(String province, String eventId, String awardId, String subject, int year,
                           String multiple) {
        String payload = ContractValidator.example(GRANTED).replace("\"ninh-binh\"", "\"" + province + "\"")
                .replace("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", awardId).replace("\"year\": 2026", "\"year\": " + year)
                .replace("\"amount\": 1.0", "\"amount\": " + multiple);
        ContractEvents.send(brokers, TOPIC, eventId, GRANTED, province, subject, payload);
        return eventId;
    }

    private void announce(String province, int year, String multiple) {
        String award = UUID.randomUUID().toString();
        announce(province, UUID.randomUUID().toString(), award, award, year, multiple);
    }

    private List<List<String>> rows(JsonNode report) {
        return report.get("rows").valueStream().map(r -> List.of(r.get("group").asString(),
                r.hasNonNull("key") ? r.get("key").asString() : "", r.get("name").asString(),
                r.get("count").asString(), r.get("amountVnd").asString())).toList();
    }

    private JsonNode provinces(int year) {
        return ok(api().get("/api/awards/reports/provinces?year=" + year, national), 200);
    }

    @Test
    void shouldTotalEachProvincesAwardsOnceWhateverIsDeliveredAgain() throws IOException {
        String first = UUID.randomUUID().toString();
        String event = announce(ninhBinh, UUID.randomUUID().toString(), first, first, YEAR, "1.0");
        announce(ninhBinh, event, first, first, YEAR, "1.0");
        announce(ninhBinh, UUID.randomUUID().toString(), first, first, YEAR, "1.0");
        // read after the redeliveries of the same key: once it shows, they have been applied
        announce(ninhBinh, UUID.randomUUID().toString(), UUID.randomUUID().toString(), first, YEAR + 1, "0.6");
        announce(ninhBinh, YEAR, "0.3");
        announce(quangTri, YEAR, "8.0");
        announce("vca", YEAR, "2.0");
        announce(ninhBinh, YEAR - 1, "3.0");

        List<List<String>> expected = sorted(List.of(
                List.of("PROVINCE", ninhBinh, ninhBinh, "2", "3042000"),
                List.of("PROVINCE", quangTri, quangTri, "1", "18720000")),
                List.of("TOTAL", "", "Tổng cộng", "3", "21762000"));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(provinces(YEAR + 1))
                .contains(List.of("PROVINCE", ninhBinh, ninhBinh, "1", "1404000")) && rows(provinces(YEAR)).equals(expected));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(provinces(YEAR - 1))
                .contains(List.of("PROVINCE", ninhBinh, ninhBinh, "1", "7020000")));
        assertThat(rows(provinces(YEAR))).as("the national alliance's own award is no province's").isEqualTo(expected);

        assertThat(sheet()).isEqualTo(labelled(rows(provinces(YEAR))));
    }

    @Test
    void shouldCountAnAwardAProvinceGrantsThroughItsProposalsUnderThatProvince() {
        String id = draftedCertificate("Lê Thị Mai");
        granted(id, "48/QĐ-LMHTX");
        // the person's Lao động tiên tiến, recorded by hand, and the Giấy khen decided: 0.3 × 2,340,000 each
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(provinces(2026))
                .contains(List.of("PROVINCE", tenant, tenant, "2", "1404000")));
    }

    @Test
    void shouldAnswer404ToAProvinceAskingForTheNationalTotals() {
        JsonNode problem = assertProblem(api().get("/api/awards/reports/provinces?year=" + YEAR, officer), 404,
                "not-found");
        assertThat(problem.get("detail").asString()).startsWith("Không tìm thấy");
        assertProblem(api().get("/api/awards/reports/provinces.xlsx?year=" + YEAR, officer, "Accept-Language", "en"),
                404, "not-found");
        JsonNode badYear = assertProblem(api().get("/api/awards/reports/provinces?year=1999", national,
                "Accept-Language", "en"), 400, "validation-failed");
        assertThat(badYear.get("title").asString()).isEqualTo("Invalid data");
        assertThat(badYear.get("errors").get(0).get("field").asString()).isEqualTo("year");
    }

    private List<List<String>> sorted(List<List<String>> provinceRows, List<String> total) {
        List<List<String>> all = new ArrayList<>(provinceRows);
        all.sort((a, b) -> a.get(1).compareTo(b.get(1)));
        all.add(total);
        return all;
    }

    private static List<List<String>> labelled(List<List<String>> rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(TotalsXlsx.HEADINGS);
        rows.forEach(r -> {
            List<String> row = new ArrayList<>(r);
            row.set(0, TotalsGroup.valueOf(r.get(0)).label());
            sheet.add(row);
        });
        return sheet;
    }

    private List<List<String>> sheet() throws IOException {
        HttpResponse<byte[]> response = api().download("/api/awards/reports/provinces.xlsx?year=" + YEAR, national);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(TotalsXlsx.CONTENT_TYPE);
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < TotalsXlsx.HEADINGS.size(); c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
