package vn.coop.sangtao.membership.unit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class UnitApiTest {

    private static final String NB = bearer("ninh-binh", "nb.officer", "EMULATION_OFFICER");
    private static final String QT = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");
    private static final AtomicInteger SERIAL = new AtomicInteger(100_000);

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    private ApiClient api() {
        return new ApiClient(port);
    }

    static String newTaxCode() {
        while (true) {
            String nine = String.format("27%07d", SERIAL.incrementAndGet());
            int check = TaxCode.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    private ApiClient.Response register(String bearer, String name, String taxCode) {
        return api().post("/api/membership/units", bearer, """
                {"name":"%s","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}""".formatted(name, taxCode));
    }

    @Test
    void shouldPublishAConformingEventWhenAUnitIsRegistered() {
        ApiClient.Response created = register(NB, "HTX Nông nghiệp Gia Trấn", newTaxCode());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).get().asString().startsWith("/api/membership/units/");
        String id = created.json().get("id").asString();
        try (EventProbe probe = new EventProbe(brokers, UnitRegistered.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().stream().anyMatch(r -> r.key().endsWith(id)));
            EventProbe.Received event = probe.poll().stream().filter(r -> r.key().endsWith(id)).findFirst().orElseThrow();
            assertThat(ContractValidator.payloadErrors(UnitRegistered.TYPE, event.value())).isEmpty();
            assertThat(ContractValidator.headerErrors(UnitRegistered.TYPE, event.headers())).isEmpty();
            assertThat(event.key()).isEqualTo("ninh-binh:" + id);
        }
    }

    @Test
    void shouldAnswer409WhenTheTaxCodeIsAlreadyRegisteredInTheTenant() {
        String taxCode = newTaxCode();
        assertThat(register(NB, "HTX Một", taxCode).status()).isEqualTo(201);
        assertProblem(register(NB, "HTX Hai", taxCode), 409, "duplicate-tax-code");
        assertThat(register(QT, "HTX Quảng Trị", taxCode).status()).isEqualTo(201);
    }

    @Test
    void shouldAnswer422WithTheFieldWhenTheCheckDigitIsWrong() {
        String good = newTaxCode();
        String bad = good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
        JsonNode problem = assertProblem(register(NB, "HTX Sai Mã", bad), 422, "invalid-tax-code");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("taxCode");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("sai chữ số kiểm tra");
    }

    @Test
    void shouldFindUnitsWithoutAccentsWhenSearching() {
        register(NB, "HTX Dịch vụ Điện Đồng Hới", newTaxCode());
        JsonNode page = api().get("/api/membership/units?q=dien%20dong%20hoi", NB).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("HTX Dịch vụ Điện Đồng Hới");
        assertThat(api().get("/api/membership/units?q=dien%20dong%20hoi", QT).json().get("total").asLong()).isZero();
    }

    @Test
    void shouldHideAUnitWhenAnotherTenantAsks() {
        String id = register(NB, "HTX Riêng", newTaxCode()).json().get("id").asString();
        assertThat(api().get("/api/membership/units/" + id, NB).status()).isEqualTo(200);
        assertProblem(api().get("/api/membership/units/" + id, QT), 404, "not-found");
    }

    @Test
    void shouldPublishAnUpdateAndRefuseAStaleOneWhenAUnitIsCorrected() {
        String taxCode = newTaxCode();
        String id = register(NB, "HTX Gia Tran", taxCode).json().get("id").asString();
        ApiClient.Response updated = api().put("/api/membership/units/" + id + "?version=0", NB,
                "{\"name\":\"HTX Nông nghiệp Gia Trấn\",\"kind\":\"COOPERATIVE\",\"sector\":\"HANDICRAFT\"}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("HTX Nông nghiệp Gia Trấn");
        assertThat(updated.json().get("taxCode").asString()).isEqualTo(taxCode);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);
        assertProblem(api().put("/api/membership/units/" + id + "?version=0", NB,
                "{\"name\":\"Tên khác\",\"kind\":\"COOPERATIVE\",\"sector\":\"OTHER\"}"), 409, "version-conflict");
        assertProblem(api().put("/api/membership/units/" + id + "?version=1", QT,
                "{\"name\":\"Tên khác\",\"kind\":\"COOPERATIVE\",\"sector\":\"OTHER\"}"), 404, "not-found");
        assertConformingEvent(id, UnitUpdated.TYPE);
    }

    @Test
    void shouldKeepADatedHistoryWhenTheStatusChanges() {
        String id = register(NB, "HTX Tạm ngừng", newTaxCode()).json().get("id").asString();
        ApiClient.Response suspended = api().post("/api/membership/units/" + id + "/status", NB,
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2026-03-01\",\"reason\":\"Tạm ngừng kinh doanh 12 tháng\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        JsonNode history = suspended.json().get("statusHistory");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(history.get(1).get("effectiveFrom").asString()).isEqualTo("2026-03-01");
        assertThat(history.get(1).get("changedBy").asString()).isEqualTo("nb.officer");
        assertProblem(api().post("/api/membership/units/" + id + "/status", NB,
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2026-04-01\"}"), 422, "status-unchanged");
        assertThat(api().get("/api/membership/units?status=SUSPENDED&q=tam%20ngung", NB).json().get("total").asLong())
                .isEqualTo(1);
        assertConformingEvent(id, UnitStatusChanged.TYPE);
    }

    private void assertConformingEvent(String unitId, String type) {
        try (EventProbe probe = new EventProbe(brokers, UnitRegistered.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().stream()
                    .anyMatch(r -> r.key().endsWith(unitId) && type.equals(r.headers().get("ce_type"))));
            EventProbe.Received event = probe.poll().stream()
                    .filter(r -> r.key().endsWith(unitId) && type.equals(r.headers().get("ce_type"))).findFirst().orElseThrow();
            assertThat(ContractValidator.payloadErrors(type, event.value())).isEmpty();
            assertThat(ContractValidator.headerErrors(type, event.headers())).isEmpty();
        }
    }

    @Test
    void shouldFilterBySectorKindAndTaxCodeAndSortAsAsked() {
        String prefix = "HTX Loc " + SERIAL.incrementAndGet();
        String taxCode = newTaxCode();
        api().post("/api/membership/units", NB, """
                {"name":"%s An","kind":"COOPERATIVE","taxCode":"%s","sector":"CREDIT","joinedOn":"2001-01-01"}"""
                .formatted(prefix, taxCode));
        api().post("/api/membership/units", NB, """
                {"name":"%s Binh","kind":"ENTERPRISE","taxCode":"%s","sector":"CREDIT","joinedOn":"2010-01-01"}"""
                .formatted(prefix, newTaxCode()));
        api().post("/api/membership/units", NB, """
                {"name":"%s Cuong","kind":"COOPERATIVE","taxCode":"%s","sector":"TRANSPORT","joinedOn":"2005-01-01"}"""
                .formatted(prefix, newTaxCode()));
        String q = "q=" + prefix.replace(" ", "%20");

        assertThat(api().get("/api/membership/units?" + q + "&sector=CREDIT", NB).json().get("total").asLong())
                .isEqualTo(2);
        assertThat(api().get("/api/membership/units?" + q + "&sector=CREDIT&kind=ENTERPRISE", NB).json()
                .get("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/membership/units?q=" + taxCode.substring(0, 10), NB).json()
                .get("items").get(0).get("taxCode").asString()).isEqualTo(taxCode);
        JsonNode byJoining = api().get("/api/membership/units?" + q + "&sort=JOINED_ON&direction=DESC", NB).json()
                .get("items");
        assertThat(byJoining.get(0).get("name").asString()).endsWith("Binh");
        assertThat(byJoining.get(2).get("name").asString()).endsWith("An");
        JsonNode paged = api().get("/api/membership/units?" + q + "&size=2&page=1", NB).json();
        assertThat(paged.get("items").size()).isEqualTo(1);
        assertThat(paged.get("total").asLong()).isEqualTo(3);
        assertProblem(api().get("/api/membership/units?sort=COLOUR", NB), 400, "validation-failed");
        JsonNode negativePage = assertProblem(api().get("/api/membership/units?page=-1", NB), 400, "validation-failed");
        assertThat(negativePage.get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void shouldRefuseRegistrationWhenTheRoleMayNotRegister() {
        assertProblem(register(bearer("ninh-binh", "nb.member", "MEMBER"), "HTX", newTaxCode()), 403, "forbidden");
        assertProblem(api().post("/api/membership/units", NB, "{\"name\":\"\",\"kind\":\"SPACESHIP\"}"), 400,
                "validation-failed");
    }
}
