package vn.coop.sangtao.initiatives.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ContractEvents;
import vn.coop.sangtao.platform.test.EventProbe;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/**
 * What the initiatives API tests share: units and people made known the way membership announces
 * them (real events on the embedded broker, from the published examples), and the workflow's calls.
 */
public abstract class InitiativesApi {

    protected static final String NB_OFFICER = bearer("ninh-binh", "nb.officer", "EMULATION_OFFICER");
    protected static final String NB_ADMIN = bearer("ninh-binh", "nb.admin", "TENANT_ADMIN");
    protected static final String NB_MEMBER = bearer("ninh-binh", "nb.member", "MEMBER");
    protected static final String QT_OFFICER = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");
    protected static final String EXAMPLE_UNIT = "9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11";
    protected static final String EXAMPLE_PERSON = "7d3a1e5b-9c2f-4a8d-b6e0-3f1c5a7d9e24";

    @LocalServerPort
    protected int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    protected String brokers;

    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    /** Announces a unit as membership does and waits until initiatives knows it. */
    protected String knownUnit(String tenant, String name) {
        String unitId = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.unit.registered.v1";
        String payload = ContractValidator.example(type).replace(EXAMPLE_UNIT, unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"").replace("HTX Nông nghiệp Gia Trấn", name);
        send("membership.unit.events", type, tenant, unitId, payload);
        String probe = bearer(tenant, "probe", "EMULATION_OFFICER");
        await().atMost(Duration.ofSeconds(20)).until(() -> create(probe, unitId, unitId, false).status() == 201);
        return unitId;
    }

    /** Announces a person of a unit as membership does and waits until initiatives knows them. */
    protected String knownPerson(String tenant, String unitId, String fullName) {
        String personId = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.person.registered.v1";
        String payload = ContractValidator.example(type).replace(EXAMPLE_PERSON, personId).replace(EXAMPLE_UNIT, unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"").replace("Nguyễn Thị Hoa", fullName);
        send("membership.person.events", type, tenant, personId, payload);
        String probe = bearer(tenant, "probe", "EMULATION_OFFICER");
        String council = ok(api().post("/api/initiatives/councils", probe, "{\"name\":\"Thăm dò\"}"), 201)
                .get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("/api/initiatives/councils/" + council + "/members",
                probe, "{\"personId\":\"%s\",\"username\":\"probe-%s\"}".formatted(personId, personId)).status() == 200);
        return personId;
    }

    protected void send(String topic, String type, String tenant, String subject, String payload) {
        send(topic, UUID.randomUUID().toString(), type, tenant, subject, payload);
    }

    /** Sends one event; sending it again with the same {@code eventId} is what a redelivery looks like. */
    protected void send(String topic, String eventId, String type, String tenant, String subject, String payload) {
        ContractEvents.send(brokers, topic, eventId, type, tenant, subject, payload);
    }

    /** An initiative applied by {@code unitId}, authored by the unit, or by it and a person 50/50. */
    protected ApiClient.Response create(String bearer, String unitId, String title, boolean submit, String... people) {
        StringBuilder authors = new StringBuilder("{\"kind\":\"UNIT\",\"refId\":\"%s\",\"contribution\":%d}"
                .formatted(unitId, people.length == 0 ? 100 : 50));
        for (String person : people) {
            authors.append(",{\"kind\":\"PERSON\",\"refId\":\"%s\",\"contribution\":%d}".formatted(person, 50 / people.length));
        }
        return api().post("/api/initiatives/initiatives?submit=" + submit, bearer, """
                {"kind":"INITIATIVE","title":"%s","summary":"Giảm 30%% chi phí sấy lúa.","solution":"Tấm thu nhiệt mặt trời.",
                 "field":"Nông nghiệp","year":2026,"applyingUnitId":"%s","authors":[%s]}"""
                .formatted(title, unitId, authors));
    }

    protected JsonNode step(String bearer, String id, String step, String json) {
        return ok(api().post("/api/initiatives/initiatives/" + id + "/" + step, bearer, json), 200);
    }

    /** Waits for the event of {@code type} about {@code subject}, checked against its contract. */
    protected EventProbe.Received awaitEvent(String subject, String type) {
        return ContractEvents.await(brokers, "initiatives.initiative.events", subject, type);
    }

    protected static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).asString()).toList();
    }
}
