package vn.coop.sangtao.initiatives.document;

import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.RawEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/**
 * Drives initiatives of one tenant through the workflow over the API, as its people would: the
 * units and people arrive as membership's events (the published examples as templates), a member
 * submits, staff screen and found a council of three people from another unit, the council members
 * score with their own accounts, staff recognise, mark typical and nominate.
 */
public final class InitiativeWorkflow {

    public static final String UNIT_REGISTERED = "vn.coop.sangtao.unit.registered.v1";
    public static final String PERSON_REGISTERED = "vn.coop.sangtao.person.registered.v1";
    private static final String EXAMPLE_UNIT = "9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11";
    private static final String EXAMPLE_PERSON = "7d3a1e5b-9c2f-4a8d-b6e0-3f1c5a7d9e24";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ApiClient api;
    private final String brokers;
    private final String tenant;
    private final String member;
    private final String staff;
    private String authorUnit;
    private String authorPerson;
    private String councilId;
    private final List<String> reviewers = new ArrayList<>();

    public InitiativeWorkflow(int port, String brokers, String tenant) {
        this.api = new ApiClient(port);
        this.brokers = brokers;
        this.tenant = tenant;
        this.member = bearer(tenant, tenant + ".member", "MEMBER");
        this.staff = bearer(tenant, tenant + ".officer", "EMULATION_OFFICER");
    }

    /** The member who submits, and so creates, every initiative of this workflow. */
    public String member() {
        return member;
    }

    public String staff() {
        return staff;
    }

    public String authorUnit() {
        return authorUnit;
    }

    /**
     * Makes the units, people and council known once: the author's cooperative with one of its
     * people, and a council of three people of another cooperative (no conflict of interest).
     */
    public InitiativeWorkflow prepare(String authorUnitName, String authorName) {
        authorUnit = unitKnown(authorUnitName);
        authorPerson = personKnown(authorUnit, authorName);
        String councilUnit = unitKnown("Liên hiệp HTX Thương mại Tam Điệp");
        List<String> councilPeople = List.of(personKnown(councilUnit, "Phạm Thu Hà"),
                personKnown(councilUnit, "Lê Quang Vinh"), personKnown(councilUnit, "Đỗ Thị Lan"));
        await().atMost(PATIENCE).until(() -> submitDraft("thăm dò").status() == 201);
        ApiClient.Response council = api.post("/api/initiatives/councils", staff,
                "{\"name\":\"Hội đồng sáng kiến năm 2026\"}");
        assertThat(council.status()).as(council.body()).isEqualTo(201);
        councilId = council.json().get("id").asString();
        for (int i = 0; i < councilPeople.size(); i++) {
            String personId = councilPeople.get(i);
            String username = tenant + ".council" + (i + 1) + "." + UUID.randomUUID().toString().substring(0, 6);
            String body = "{\"personId\":\"%s\",\"username\":\"%s\"}".formatted(personId, username);
            await().atMost(PATIENCE).until(() -> api.post("/api/initiatives/councils/" + councilId + "/members",
                    staff, body).status() == 200);
            reviewers.add(username);
        }
        return this;
    }

    /** A new submitted initiative by a person of the author unit (60 %) and the unit itself (40 %). */
    public String submitted(String title) {
        return submitted(title, false);
    }

    public String submitted(String title, boolean confidential) {
        ApiClient.Response created = api.post("/api/initiatives/initiatives", member, """
                {"kind":"MODEL","title":"%s","summary":"Giảm 30%% chi phí sấy lúa.","field":"Nông nghiệp",
                 "year":2026,"applyingUnitId":"%s","confidential":%s,
                 "authors":[{"kind":"PERSON","refId":"%s","contribution":60},
                            {"kind":"UNIT","refId":"%s","contribution":40}]}"""
                .formatted(title, authorUnit, confidential, authorPerson, authorUnit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Accepted, reviewed by the council ({@code blind} or not) and recognised at provincial level. */
    public String recognised(String title, String decisionNumber, boolean blind) {
        String id = submitted(title);
        ok(api.post("/api/initiatives/initiatives/" + id + "/accept", staff, "{}"));
        ok(api.post("/api/initiatives/initiatives/" + id + "/reviewers", staff,
                "{\"councilId\":\"%s\",\"blind\":%s}".formatted(councilId, blind)));
        for (String reviewer : reviewers) {
            ok(api.post("/api/initiatives/initiatives/" + id + "/reviews", bearer(tenant, reviewer, "COUNCIL_MEMBER"),
                    "{\"novelty\":80,\"applicability\":90,\"effectiveness\":75,\"comment\":\"Dễ nhân rộng\"}"));
        }
        ok(api.post("/api/initiatives/initiatives/" + id + "/decision", staff, """
                {"recognised":true,"level":"PROVINCIAL","decisionNumber":"%s","decisionDate":"2026-10-20"}"""
                .formatted(decisionNumber)));
        return id;
    }

    /** Recognised, typical of 2026 and nominated for the Golden Book of {@code year} with {@code letter}. */
    public String nominated(String title, String decisionNumber, int year, String letter) {
        String id = recognised(title, decisionNumber, false);
        ok(api.post("/api/initiatives/initiatives/" + id + "/typical", staff, "{\"year\":2026}"));
        ok(api.post("/api/initiatives/initiatives/" + id + "/nomination", staff,
                "{\"year\":%d,\"letter\":\"%s\"}".formatted(year, letter)));
        return id;
    }

    private ApiClient.Response submitDraft(String title) {
        return api.post("/api/initiatives/initiatives?submit=false", member, """
                {"kind":"IDEA","title":"%s","summary":"Thăm dò.","year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"PERSON","refId":"%s","contribution":100}]}"""
                .formatted(title, authorUnit, authorPerson));
    }

    private String unitKnown(String name) {
        String unitId = UUID.randomUUID().toString();
        String payload = ContractValidator.example(UNIT_REGISTERED)
                .replace(EXAMPLE_UNIT, unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replace("HTX Nông nghiệp Gia Trấn", name);
        assertThat(ContractValidator.payloadErrors(UNIT_REGISTERED, payload)).isEmpty();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send("membership.unit.events", UUID.randomUUID().toString(), UNIT_REGISTERED, tenant, unitId,
                    payload);
        }
        return unitId;
    }

    private String personKnown(String unitId, String fullName) {
        String personId = UUID.randomUUID().toString();
        String payload = ContractValidator.example(PERSON_REGISTERED)
                .replace(EXAMPLE_PERSON, personId)
                .replace(EXAMPLE_UNIT, unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replace("Nguyễn Thị Hoa", fullName);
        assertThat(ContractValidator.payloadErrors(PERSON_REGISTERED, payload)).isEmpty();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send("membership.person.events", UUID.randomUUID().toString(), PERSON_REGISTERED, tenant,
                    personId, payload);
        }
        return personId;
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
