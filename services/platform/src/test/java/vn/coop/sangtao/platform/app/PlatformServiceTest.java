package vn.coop.sangtao.platform.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
@TestPropertySource(properties = "spring.config.name=platform-test")
class PlatformServiceTest {

    private static final String OFFICER_NB = bearer("ninh-binh", "nb.officer", "EMULATION_OFFICER");
    private static final String OFFICER_QT = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void shouldPublishTheEventWithCloudEventsHeadersWhenANoteIsWritten() {
        ApiClient.Response created = api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"Đoàn kết\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        try (EventProbe probe = new EventProbe(brokers, "platform-test.note.events")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().stream().anyMatch(r -> r.key().endsWith(id)));
            EventProbe.Received event = probe.poll().stream().filter(r -> r.key().endsWith(id)).findFirst().orElseThrow();
            assertThat(event.key()).isEqualTo("ninh-binh:" + id);
            assertThat(ContractValidator.headerErrors("vn.coop.sangtao.note.written.v1", event.headers())).isEmpty();
            assertThat(event.headers()).containsEntry("ce_tenantid", "ninh-binh").containsEntry("ce_subject", id)
                    .containsEntry("ce_source", "/platform-test");
        }
    }

    @Test
    void shouldNormalizeTextToNfcWhenItArrivesDecomposed() {
        String decomposed = "Đoa\u0300n ke\u0302\u0301t";
        ApiClient.Response created = api().post("/api/platform-test/notes", OFFICER_NB,
                "{\"text\":\"" + decomposed + "\"}");
        assertThat(created.json().get("text").asString()).isEqualTo("Đoàn kết");
    }

    @Test
    void shouldAnswer404WhenAnotherTenantAsksForARecord() {
        String id = api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"riêng\"}").json().get("id").asString();
        assertThat(api().get("/api/platform-test/notes/" + id, OFFICER_NB).status()).isEqualTo(200);
        assertProblem(api().get("/api/platform-test/notes/" + id, OFFICER_QT), 404, "not-found");
        assertProblem(api().put("/api/platform-test/notes/" + id + "?version=0", OFFICER_QT, "{\"text\":\"x\"}"),
                404, "not-found");
        assertThat(api().get("/api/platform-test/notes/" + id, OFFICER_NB).json().get("text").asString())
                .isEqualTo("riêng");
    }

    @Test
    void shouldAnswer409WhenTheVersionIsStale() {
        String id = api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"một\"}").json().get("id").asString();
        assertThat(api().put("/api/platform-test/notes/" + id + "?version=0", OFFICER_NB, "{\"text\":\"hai\"}").status())
                .isEqualTo(200);
        assertProblem(api().put("/api/platform-test/notes/" + id + "?version=0", OFFICER_NB, "{\"text\":\"ba\"}"),
                409, "version-conflict");
        assertThat(api().get("/api/platform-test/notes/" + id, OFFICER_NB).json().get("text").asString()).isEqualTo("hai");
    }

    @Test
    void shouldAnswerProblemJsonWhenTheRequestIsBad() {
        assertProblem(api().post("/api/platform-test/notes", null, "{\"text\":\"a\"}"), 401, "unauthorized");
        assertProblem(api().post("/api/platform-test/notes", bearer("ninh-binh", "m", "MEMBER"), "{\"text\":\"a\"}"),
                403, "forbidden");
        assertProblem(api().post("/api/platform-test/notes", bearer(null, "x", "EMULATION_OFFICER"), "{\"text\":\"a\"}"),
                403, "tenant-missing");
        assertProblem(api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":"), 400, "malformed-body");
        assertProblem(api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":{\"$gt\":\"\"}}"), 400,
                "validation-failed");
        assertProblem(api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"a\",\"tenantId\":\"quang-tri\"}"),
                400, "unknown-field");
        assertProblem(api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"" + "x".repeat(3000) + "\"}"),
                413, "payload-too-large");
        assertProblem(api().get("/api/platform-test/nowhere", OFFICER_NB), 404, "no-such-path");
        assertProblem(api().send("DELETE", "/api/platform-test/notes", OFFICER_NB, null), 405, "method-not-allowed");
    }

    @Test
    void shouldListFieldErrorsInTheCallersLanguageWhenValidationFails() {
        JsonNode vi = assertProblem(api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"  \"}"),
                400, "validation-failed");
        assertThat(vi.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vi.get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(vi.get("errors").get(0).get("message").asString()).isEqualTo("không được để trống");

        JsonNode en = assertProblem(api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"\"}",
                "Accept-Language", "en"), 400, "validation-failed");
        assertThat(en.get("title").asString()).isEqualTo("Invalid data");
        assertThat(en.get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
    }

    @Test
    void shouldServeOpenApiAndHealthWithoutATokenWhenAsked() {
        ApiClient.Response docs = api().get("/api/platform-test/v3/api-docs", null);
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/platform-test/notes")).isTrue();
        assertThat(docs.json().get("paths").get("/api/platform-test/notes").get("post").get("responses").has("422"))
                .isTrue();
        assertThat(api().get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api().get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api().get("/actuator/prometheus", null).body()).contains("service=\"platform-test\"");
    }

    @Test
    void shouldRecordWhoChangedWhatWhenARecordChanges() {
        String id = api().post("/api/platform-test/notes", OFFICER_NB, "{\"text\":\"một\"}").json().get("id").asString();
        api().put("/api/platform-test/notes/" + id + "?version=0", OFFICER_NB, "{\"text\":\"hai\"}");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("/api/platform-test/audit?aggregateId=" + id, OFFICER_NB).json().size() == 2);
        JsonNode trail = api().get("/api/platform-test/audit?aggregateId=" + id, OFFICER_NB).json();
        assertThat(trail.get(0).get("actor").asString()).isEqualTo("nb.officer");
        assertThat(trail.get(1).get("data").get("text").asString()).isEqualTo("hai");
        assertThat(api().get("/api/platform-test/audit?aggregateId=" + id, OFFICER_QT).json().size()).isZero();
        assertThat(List.of(trail.get(0).get("type").asString())).containsExactly("vn.coop.sangtao.note.written.v1");
    }
}
