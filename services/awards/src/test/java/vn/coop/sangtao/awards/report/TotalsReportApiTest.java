package vn.coop.sangtao.awards.report;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class TotalsReportApiTest extends AwardsApi {

    private static final String BLOCK = "3f0c2a9e-1b4d-4c6e-9a8b-7d5e3c1f0a22";
    private static final String AREA = "xa-gia-tran";

    @Test
    void shouldTotalTheYearsAwardsByTypeRoundBlockAndAreaAndExportTheSameRows() throws IOException {
        String unit = UUID.randomUUID().toString();
        send("membership.unit.events", "vn.coop.sangtao.unit.registered.v1", unit,
                example("vn.coop.sangtao.unit.registered.v1", EXAMPLE_UNIT, unit, "\"status\"",
                        "\"areaId\": \"" + AREA + "\", \"status\""));
        send("membership.unit.events", "vn.coop.sangtao.unit.block-changed.v1", unit,
                example("vn.coop.sangtao.unit.block-changed.v1", EXAMPLE_UNIT, unit));
        String an = knownPerson(unit, "Trần Văn An", 2026);
        knownPerson(unit, "Lê Thị Bình", 2026);
        knownPerson(unit, "Phạm Văn Cường", 2025);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("/api/awards/history", officer, """
                {"nomineeKind":"UNIT","nomineeId":"%s","awardCode":"TT_LDTT","year":2026,"thematic":false,
                 "decisionNumber":"9/QĐ-LMHTX","decisionDate":"2026-12-22"}""".formatted(unit)).status() == 201);

        String round = grantedInRound(an);

        await().atMost(Duration.ofSeconds(20)).until(() -> rows(totals()).contains(
                List.of("BLOCK", BLOCK, BLOCK, "4", "3978000")));
        JsonNode totals = totals();
        assertThat(totals.get("baseSalaryVnd").asLong()).isEqualTo(2_340_000);
        assertThat(rows(totals)).containsExactly(
                List.of("AWARD", "GIAY_KHEN_CN", "Giấy khen (cá nhân)", "1", "702000"),
                List.of("AWARD", "LDTT", "Lao động tiên tiến", "2", "1404000"),
                List.of("AWARD", "TT_LDTT", "Tập thể lao động tiên tiến", "1", "1872000"),
                List.of("ROUND", round, "Khen thưởng chuyên đề", "1", "702000"),
                List.of("ROUND", "", "Ngoài đợt (ghi nhận trước Sangtao)", "3", "3276000"),
                List.of("BLOCK", BLOCK, BLOCK, "4", "3978000"),
                List.of("AREA", AREA, AREA, "4", "3978000"),
                List.of("TOTAL", "", "Tổng cộng", "4", "3978000"));

        assertThat(sheet(officer)).isEqualTo(labelled(rows(totals)));
        JsonNode elsewhere = ok(api().get("/api/awards/reports/totals?year=2026",
                bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER")), 200);
        assertThat(rows(elsewhere)).containsExactly(List.of("TOTAL", "", "Tổng cộng", "0", "0"));
    }

    /** A certificate (Giấy khen) granted to {@code personId} through a thematic round's proposal and vote. */
    private String grantedInRound(String personId) {
        council("c1");
        String round = ok(api().post("/api/awards/rounds", officer,
                "{\"name\":\"Khen thưởng chuyên đề\",\"kind\":\"EVENT\",\"year\":2026}"), 201).get("id").asString();
        String id = draft(round, "PERSON", personId, "GIAY_KHEN_CN").get("id").asString();
        step(id, "submit");
        step(id, "vote");
        vote(id, "c1", true);
        step(id, "close-vote");
        ok(api().post("/api/awards/proposals/" + id + "/decide", admin,
                "{\"granted\":true,\"number\":\"46/QĐ-LMHTX\",\"date\":\"2026-12-28\"}"), 200);
        return round;
    }

    private JsonNode totals() {
        return ok(api().get("/api/awards/reports/totals?year=2026", officer), 200);
    }

    private static List<List<String>> rows(JsonNode report) {
        return report.get("rows").valueStream().map(r -> List.of(r.get("group").asString(),
                r.hasNonNull("key") ? r.get("key").asString() : "", r.get("name").asString(),
                r.get("count").asString(), r.get("amountVnd").asString())).toList();
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

    private List<List<String>> sheet(String bearer) throws IOException {
        HttpResponse<byte[]> response = xlsx(bearer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(TotalsXlsx.CONTENT_TYPE);
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < TotalsXlsx.HEADINGS.size(); c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private HttpResponse<byte[]> xlsx(String bearer) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/awards/reports/totals.xlsx?year=2026")).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
