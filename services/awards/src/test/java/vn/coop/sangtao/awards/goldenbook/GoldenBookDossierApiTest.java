package vn.coop.sangtao.awards.goldenbook;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ContractEvents;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/** The dossier of a Golden Book cycle, compiled from the initiatives service's events, and the outcomes. */
@ServiceTest
class GoldenBookDossierApiTest extends AwardsApi {

    private static final String TOPIC = "initiatives.initiative.events";
    private static final String DECIDED = "vn.coop.sangtao.initiative.decided.v1";
    private static final String TYPICAL = "vn.coop.sangtao.initiative.typical-marked.v1";
    private static final String NOMINATED = "vn.coop.sangtao.initiative.nominated.v1";
    private static final String NOMINATION_DECIDED = "vn.coop.sangtao.initiative.nomination-decided.v1";

    /** An initiative recognised in {@code year}, as the initiatives service announces it. */
    private String recognisedWork(String title, int year) {
        String id = UUID.randomUUID().toString();
        send(TOPIC, DECIDED, id, example(DECIDED, EXAMPLE_INITIATIVE, id, "Sấy lúa bằng năng lượng mặt trời", title,
                "\"year\": 2026", "\"year\": " + year));
        return id;
    }

    private void typical(String id, int year) {
        send(TOPIC, TYPICAL, id, example(TYPICAL, EXAMPLE_INITIATIVE, id, "\"year\": 2026", "\"year\": " + year));
    }

    private void nominated(String id, String title, int year) {
        send(TOPIC, NOMINATED, id, example(NOMINATED, EXAMPLE_INITIATIVE, id, "Sấy lúa bằng năng lượng mặt trời", title,
                "\"year\": 2026", "\"year\": " + year));
    }

    /** The national alliance's decision, published under its own tenant about the province's initiative. */
    private void nationallyDecided(String eventId, String id, boolean selected, String publishedIn) {
        String payload = """
                {"initiativeId":"%s","tenantId":"%s","selected":%s%s}""".formatted(id, tenant, selected,
                publishedIn == null ? "" : ",\"publishedIn\":\"" + publishedIn + "\"");
        ContractEvents.send(brokers, TOPIC, eventId, NOMINATION_DECIDED, "vca", id, payload);
    }

    private JsonNode compile(int year) {
        return ok(api().post("/api/awards/golden-book/" + year + "/compile", officer, null), 200);
    }

    private static List<String> works(JsonNode cycle) {
        return cycle.get("works").valueStream().map(w -> w.get("title").asString() + " " + w.get("outcome").asString()
                + (w.hasNonNull("outcomeSource") ? " " + w.get("outcomeSource").asString() : "")
                + (w.get("nominated").asBoolean() ? " nominated" : "")).toList();
    }

    private static List<String> excluded(JsonNode cycle) {
        return cycle.get("excluded").valueStream()
                .map(w -> w.get("title").asString() + " " + w.get("publishedYear").asInt()).toList();
    }

    @Test
    void shouldCompileTheYearsTypicalInitiativesLeavingOutWorksAnEarlierBookPublished() {
        String dryer = recognisedWork("Máy sấy lúa năng lượng mặt trời", 2026);
        String ledger = recognisedWork("Sổ tay kế toán HTX điện tử", 2026);
        String field = recognisedWork("Mô hình cánh đồng mẫu lớn", 2025);
        String market = recognisedWork("Chợ phiên nông sản sạch", 2025);
        typical(field, 2025);
        typical(market, 2025);
        nominated(market, "Chợ phiên nông sản sạch", 2025);
        nationallyDecided(UUID.randomUUID().toString(), market, true, "Sách vàng Sáng tạo Việt Nam 2025");
        // 2025's dossier: the field model published there by the officer's record
        await().atMost(Duration.ofSeconds(20)).until(() -> works(compile(2025)).size() == 2);
        JsonNode published = ok(api().put("/api/awards/golden-book/2025/works/" + field + "/outcome", officer,
                "{\"outcome\":\"PUBLISHED\",\"publishedIn\":\"Sách vàng Sáng tạo Việt Nam 2025\"}"), 200);
        assertThat(works(published)).contains("Mô hình cánh đồng mẫu lớn PUBLISHED RECORDED");

        typical(dryer, 2026);
        typical(ledger, 2026);
        typical(field, 2026);
        typical(market, 2026);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode compiled = compile(2026);
            return works(compiled).size() == 2 && excluded(compiled).size() == 2;
        });
        JsonNode cycle = compile(2026);
        assertThat(works(cycle)).containsExactly("Máy sấy lúa năng lượng mặt trời PENDING",
                "Sổ tay kế toán HTX điện tử PENDING");
        assertThat(excluded(cycle)).containsExactlyInAnyOrder("Mô hình cánh đồng mẫu lớn 2025",
                "Chợ phiên nông sản sạch 2025");
        assertThat(statuses(cycle)).startsWith("DOSSIER DONE");
        EventProbe.Received event = ContractEvents.await(brokers, GoldenBookCycle.TOPIC, tenant + ":golden-book:2026",
                GoldenBookChanged.DOSSIER_COMPILED);
        assertThat(event.value()).contains(dryer, ledger);

        assertThat(works(ok(api().get("/api/awards/golden-book/2026",
                bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER")), 200))).isEmpty();
    }

    @Test
    void shouldRecordEachWorksOutcomeFromTheNationalDecisionOrByHandAndIgnoreARedelivery() {
        String dryer = recognisedWork("Máy sấy lúa năng lượng mặt trời", 2026);
        String ledger = recognisedWork("Sổ tay kế toán HTX điện tử", 2026);
        typical(dryer, 2026);
        typical(ledger, 2026);
        nominated(dryer, "Máy sấy lúa năng lượng mặt trời", 2026);
        await().atMost(Duration.ofSeconds(20)).until(() -> works(compile(2026)).equals(List.of(
                "Máy sấy lúa năng lượng mặt trời PENDING nominated", "Sổ tay kế toán HTX điện tử PENDING")));

        String decision = UUID.randomUUID().toString();
        nationallyDecided(decision, dryer, true, "Sách vàng Sáng tạo Việt Nam 2026");
        nationallyDecided(decision, dryer, true, "Sách vàng Sáng tạo Việt Nam 2026");
        await().atMost(Duration.ofSeconds(20)).until(() -> works(cycle(2026)).contains(
                "Máy sấy lúa năng lượng mặt trời PUBLISHED NATIONAL_DECISION nominated"));
        assertThat(statuses(cycle(2026))).contains("PUBLICATION DONE");

        JsonNode recorded = ok(api().put("/api/awards/golden-book/2026/works/" + ledger + "/outcome", officer,
                "{\"outcome\":\"NOT_SELECTED\"}"), 200);
        assertThat(works(recorded)).containsExactly("Máy sấy lúa năng lượng mặt trời PUBLISHED NATIONAL_DECISION nominated",
                "Sổ tay kế toán HTX điện tử NOT_SELECTED RECORDED");
        EventProbe.Received event = ContractEvents.await(brokers, GoldenBookCycle.TOPIC, tenant + ":golden-book:2026",
                GoldenBookChanged.OUTCOME_RECORDED);
        assertThat(ContractValidator.payloadErrors(GoldenBookChanged.OUTCOME_RECORDED, event.value())).isEmpty();
        assertThat(works(compile(2026))).as("compiling again keeps what was recorded").containsExactly(
                "Máy sấy lúa năng lượng mặt trời PUBLISHED NATIONAL_DECISION nominated",
                "Sổ tay kế toán HTX điện tử NOT_SELECTED RECORDED");

        assertProblem(api().put("/api/awards/golden-book/2026/works/" + UUID.randomUUID() + "/outcome", officer,
                "{\"outcome\":\"SELECTED\"}"), 404, "not-found");
        assertProblem(api().put("/api/awards/golden-book/2026/works/" + ledger + "/outcome",
                bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER"), "{\"outcome\":\"SELECTED\"}"), 404,
                "not-found");
        JsonNode pending = assertProblem(api().put("/api/awards/golden-book/2026/works/" + ledger + "/outcome", officer,
                "{\"outcome\":\"PENDING\"}", "Accept-Language", "en"), 400, "validation-failed");
        assertThat(pending.get("errors").get(0).get("message").asString()).startsWith("only a known outcome");
    }

    private JsonNode cycle(int year) {
        return ok(api().get("/api/awards/golden-book/" + year, officer), 200);
    }

    private static List<String> statuses(JsonNode cycle) {
        return cycle.get("calendar").valueStream()
                .map(e -> e.get("key").asString() + " " + (e.get("status").asString().equals("DONE") ? "DONE" : "OPEN"))
                .toList();
    }
}
