package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.membership.exchange.Sheets.CSV;
import static vn.coop.sangtao.membership.exchange.Sheets.newTaxCode;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/** A unit import runs as a job that the caller follows, on any instance, until it holds the report. */
@ExchangeTest
class ImportJobApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private ExchangeClient client() {
        return new ExchangeClient(port);
    }

    @Test
    void shouldAcceptTheSheetAndHoldItsReportInTheJobWhenTheRowsAreApplied() {
        String staff = bearer("t-" + UUID.randomUUID(), "can.bo.thi.dua", "EMULATION_OFFICER");
        ExchangeClient.Answer accepted = client().upload(UnitImportApiTest.IMPORT, staff, "don-vi.csv", CSV,
                UnitImportApiTest.twoUnits(newTaxCode(), newTaxCode()));

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isEqualTo("/api/membership/units/imports/" + accepted.json().get("id").asString());
        assertThat(accepted.json().get("rows").asInt()).isEqualTo(2);
        assertThat(accepted.json().get("fileName").asString()).isEqualTo("don-vi.csv");
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            job[0] = client().get(location, staff).json();
            return !job[0].get("status").asString().equals("RUNNING");
        });
        assertThat(job[0].get("status").asString()).isEqualTo("DONE");
        assertThat(job[0].get("applied").asInt()).isEqualTo(2);
        assertThat(job[0].get("submittedBy").asString()).isEqualTo("can.bo.thi.dua");
        assertThat(job[0].has("finishedAt")).isTrue();
        assertThat(job[0].get("report").get("created").asInt()).isEqualTo(2);
        assertThat(job[0].get("report").get("dryRun").asBoolean()).isFalse();
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherAllianceAsksForTheJob() {
        String staff = bearer("t-" + UUID.randomUUID(), "can.bo.thi.dua", "EMULATION_OFFICER");
        String other = bearer("t-" + UUID.randomUUID(), "can.bo.khac", "TENANT_ADMIN");
        String location = client().upload(UnitImportApiTest.IMPORT, staff, "don-vi.csv", CSV,
                UnitImportApiTest.twoUnits(newTaxCode(), newTaxCode())).header("Location");

        ExchangeClient.Answer theirs = client().get(location, other);

        ImportBoundsApiTest.assertRefused(theirs, 404, "not-found");
        assertThat(client().get(location, bearer("t-x", "hoi.vien", "MEMBER")).status()).isEqualTo(403);
    }

    @Test
    void shouldShowTheJobAsInterruptedWhenItsInstanceStoppedWithoutFinishingIt() {
        String tenant = "t-" + UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        ImportJob stalled = new ImportJob(UUID.randomUUID().toString(), tenant, "don-vi.csv", ImportStatus.RUNNING,
                5_000, 1_250, "can.bo.thi.dua", longAgo, longAgo, null, null, null);
        mongo.insert(stalled, ImportJobRepository.COLLECTION);

        JsonNode job = client().get("/api/membership/units/imports/" + stalled.id(),
                bearer(tenant, "can.bo.thi.dua", "EMULATION_OFFICER")).json();

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString()).isEqualTo("import-interrupted");
        assertThat(job.get("applied").asInt()).isEqualTo(1_250);
        assertThat(job.has("report")).isFalse();
    }
}
