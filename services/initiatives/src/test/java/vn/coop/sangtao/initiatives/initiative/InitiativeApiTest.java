package vn.coop.sangtao.initiatives.initiative;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.RawEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class InitiativeApiTest {

    private static final String UNIT_TYPE = "vn.coop.sangtao.unit.registered.v1";
    private static final String NB = bearer("ninh-binh", "nb.member", "MEMBER");
    private static final String QT = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    private ApiClient api() {
        return new ApiClient(port);
    }

    /** Announces a unit the way membership does, with the published example as template. */
    private String unitKnownTo(String tenant, String name) {
        String unitId = UUID.randomUUID().toString();
        String payload = ContractValidator.example(UNIT_TYPE)
                .replace("9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11", unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replace("HTX Nông nghiệp Gia Trấn", name);
        assertThat(ContractValidator.payloadErrors(UNIT_TYPE, payload)).isEmpty();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send("membership.unit.events", UUID.randomUUID().toString(), UNIT_TYPE, tenant, unitId, payload);
        }
        return unitId;
    }

    private ApiClient.Response submit(String bearer, String unitId, int contribution, String title) {
        return api().post("/api/initiatives/initiatives", bearer, """
                {"kind":"INITIATIVE","title":"%s","summary":"Giảm 30%% chi phí sấy lúa.","field":"Nông nghiệp",
                 "year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"UNIT","refId":"%s","contribution":%d}]}""".formatted(title, unitId, unitId, contribution));
    }

    private void awaitKnown(String unitId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> submit(NB, unitId, 100, "thăm dò").status() != 422);
    }

    @Test
    void shouldPublishAConformingEventWhenAnInitiativeIsSubmitted() {
        String unitId = unitKnownTo("ninh-binh", "HTX Gia Trấn");
        awaitKnown(unitId);
        ApiClient.Response created = submit(NB, unitId, 100, "Sấy lúa bằng năng lượng mặt trời");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("authors").get(0).get("name").asString()).isEqualTo("HTX Gia Trấn");
        String id = body.get("id").asString();
        try (EventProbe probe = new EventProbe(brokers, InitiativeSubmitted.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().stream().anyMatch(r -> r.key().endsWith(id)));
            EventProbe.Received event = probe.poll().stream().filter(r -> r.key().endsWith(id)).findFirst().orElseThrow();
            assertThat(ContractValidator.payloadErrors(InitiativeSubmitted.TYPE, event.value())).isEmpty();
            assertThat(ContractValidator.headerErrors(InitiativeSubmitted.TYPE, event.headers())).isEmpty();
        }
    }

    @Test
    void shouldRefuseSubmissionWhenTheUnitIsNotKnownFromMembership() {
        JsonNode problem = assertProblem(submit(NB, UUID.randomUUID().toString(), 100, "Không rõ đơn vị"), 422,
                "unknown-unit");
        assertThat(problem.get("errors").toString()).contains("applyingUnitId", "authors[0].refId");
    }

    @Test
    void shouldRefuseSubmissionWhenContributionsDoNotSumTo100() {
        String unitId = unitKnownTo("ninh-binh", "HTX Yên Mô");
        awaitKnown(unitId);
        JsonNode problem = assertProblem(submit(NB, unitId, 60, "Thiếu tỷ lệ"), 422, "invalid-authors");
        assertThat(problem.get("detail").asString()).contains("60");
    }

    @Test
    void shouldNotLetAnotherTenantUseOrSeeTheUnitOrTheInitiative() {
        String unitId = unitKnownTo("ninh-binh", "HTX Kim Sơn");
        awaitKnown(unitId);
        assertProblem(submit(bearer("quang-tri", "qt.member", "MEMBER"), unitId, 100, "Mượn đơn vị"), 422,
                "unknown-unit");
        String id = submit(NB, unitId, 100, "Riêng Ninh Bình").json().get("id").asString();
        assertProblem(api().get("/api/initiatives/initiatives/" + id, QT), 404, "not-found");
        assertThat(api().get("/api/initiatives/initiatives/" + id, NB).status()).isEqualTo(200);
    }

    @Test
    void shouldFollowAUnitToTheTenantThatAbsorbedItsOwnInAMerge() {
        String unitId = unitKnownTo("ha-nam", "HTX Dịch vụ nông nghiệp Nhân Mỹ");
        String haNam = bearer("ha-nam", "hn.member", "MEMBER");
        await().atMost(Duration.ofSeconds(20)).until(() -> submit(haNam, unitId, 100, "thăm dò").status() != 422);
        String transferred = ContractValidator.example("vn.coop.sangtao.unit.transferred.v1")
                .replace("9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11", unitId);
        assertThat(ContractValidator.payloadErrors("vn.coop.sangtao.unit.transferred.v1", transferred)).isEmpty();
        try (RawEvents events = new RawEvents(brokers)) {
            for (int delivery = 0; delivery < 2; delivery++) {
                events.send("membership.unit.events", UUID.randomUUID().toString(),
                        "vn.coop.sangtao.unit.transferred.v1", "ninh-binh", unitId, transferred);
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> submit(NB, unitId, 100, "Sau sáp nhập").status() == 201);
        assertProblem(submit(haNam, unitId, 100, "Tỉnh cũ"), 422, "unknown-unit");
    }

    @Test
    void shouldFollowRenamesAndRefuseAWithdrawnUnitWhenMembershipSaysSo() {
        String unitId = unitKnownTo("ninh-binh", "HTX Tên Cũ");
        awaitKnown(unitId);
        String renamed = ContractValidator.example("vn.coop.sangtao.unit.updated.v1")
                .replace("9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11", unitId);
        String withdrawn = ContractValidator.example("vn.coop.sangtao.unit.status-changed.v1")
                .replace("9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11", unitId);
        try (RawEvents events = new RawEvents(brokers)) {
            events.send("membership.unit.events", UUID.randomUUID().toString(), "vn.coop.sangtao.unit.updated.v1",
                    "ninh-binh", unitId, renamed);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> submit(NB, unitId, 100, "Sau khi đổi tên").body()
                .contains("HTX Nông nghiệp và Dịch vụ Gia Trấn"));
        try (RawEvents events = new RawEvents(brokers)) {
            events.send("membership.unit.events", UUID.randomUUID().toString(),
                    "vn.coop.sangtao.unit.status-changed.v1", "ninh-binh", unitId, withdrawn);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> submit(NB, unitId, 100, "Sau khi giải thể").status() == 422);
        assertProblem(submit(NB, unitId, 100, "Sau khi giải thể"), 422, "unknown-unit");
    }

    @Test
    void shouldListInitiativesWithoutAccentsWhenSearching() {
        String unitId = unitKnownTo("ninh-binh", "HTX Hoa Lư");
        awaitKnown(unitId);
        submit(NB, unitId, 100, "Mô hình Đoàn kết nuôi ong");
        JsonNode page = api().get("/api/initiatives/initiatives?year=2026&q=doan%20ket%20nuoi", NB).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Mô hình Đoàn kết nuôi ong");
    }
}
