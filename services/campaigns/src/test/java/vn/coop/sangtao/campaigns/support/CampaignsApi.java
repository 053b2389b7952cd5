package vn.coop.sangtao.campaigns.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ContractEvents;
import vn.coop.sangtao.platform.test.EventProbe;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/**
 * What the campaigns API tests share: the membership made known the way membership announces it
 * (real events on the embedded broker, from the published examples), and campaigns' own calls.
 */
public abstract class CampaignsApi {

    protected static final String NB = "ninh-binh";
    protected static final String NB_OFFICER = bearer(NB, "nb.officer", "EMULATION_OFFICER");
    protected static final String QT_OFFICER = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");
    protected static final String EXAMPLE_UNIT = "9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11";
    protected static final String EXAMPLE_PERSON = "7d3a1e5b-9c2f-4a8d-b6e0-3f1c5a7d9e24";
    protected static final String EXAMPLE_BLOCK = "3f0c2a9e-1b4d-4c6e-9a8b-7d5e3c1f0a22";
    protected static final String EXAMPLE_AREA = "51c0d7e2-8a3b-4f1c-9e6d-2b7a0c4d8e13";
    private static final AtomicLong TAX_CODES = new AtomicLong(System.nanoTime() % 1_000_000);

    /** A scoring tree: one criterion fed by 2 technical trainings, one scored by hand, one bonus. */
    protected static final String CRITERIA = """
            [{"code":"1","title":"Tham gia hoạt động","children":[
               {"code":"1.1","title":"Dự ít nhất 2 lớp tập huấn kỹ thuật","points":10,
                "activity":{"kind":"TECHNICAL_TRAINING","atLeast":2},"contentNumber":1},
               {"code":"1.2","title":"Thực hiện chỉ tiêu đăng ký","points":20,"contentNumber":2}]},
             {"code":"2","title":"Có sáng kiến được công nhận","points":5,"bonus":true}]""";

    @LocalServerPort
    protected int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    protected String brokers;

    private final Map<String, String> probes = new HashMap<>();

    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected static JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    protected static String code() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft campaign of 2026 with two contents, the scoring tree above and the given scope. */
    protected JsonNode draft(String bearer, String scopeJson) {
        return ok(api().post("/api/campaigns/campaigns", bearer, """
                {"code":"%s","title":"Phong trào thi đua \\"Đoàn kết sáng tạo\\" năm 2026",
                 "legalBasis":[{"number":"84/HD-MTTW-BTT","date":"2022-05-16","issuer":"Ban Thường trực UBTƯ MTTQ Việt Nam"}],
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31",
                 "contents":[{"number":1,"text":"Tuyên truyền về kinh tế tập thể"},{"number":2,"text":"Phát triển HTX kiểu mới"}],
                 "scope":%s,"criteria":%s}""".formatted(code(), scopeJson, CRITERIA)), 201);
    }

    protected String launched(String bearer, String scopeJson) {
        String id = draft(bearer, scopeJson).get("id").asString();
        ok(api().post("/api/campaigns/campaigns/" + id + "/launch", bearer, null), 200);
        return id;
    }

    protected static String blocks(String... ids) {
        return "{\"blockIds\":[" + quoted(ids) + "]}";
    }

    protected static String areas(String... ids) {
        return "{\"areaIds\":[" + quoted(ids) + "]}";
    }

    private static String quoted(String... ids) {
        return String.join(",", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList());
    }

    /** A fresh valid-looking tax code, so that unit representatives' tokens can name their unit. */
    protected static String taxCode() {
        return String.format("27%08d", TAX_CODES.incrementAndGet() % 100_000_000);
    }

    /**
     * Announces a unit as membership does, in {@code blockId} for 2026 and in {@code areaId} when
     * given, and waits until campaigns sees it so.
     */
    protected String knownUnit(String tenant, String name, String taxCode, String blockId, String areaId) {
        String unitId = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.unit.registered.v1";
        String payload = ContractValidator.example(type).replace(EXAMPLE_UNIT, unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"").replace("HTX Nông nghiệp Gia Trấn", name)
                .replace("2700123456", taxCode);
        if (areaId != null) {
            payload = payload.replace("\"status\"", "\"areaId\":\"" + areaId + "\",\"status\"");
        }
        send("membership.unit.events", type, tenant, unitId, payload);
        if (blockId != null) {
            seat(tenant, unitId, blockId);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> board(tenant).valueStream()
                .anyMatch(r -> r.get("unitId").asString().equals(unitId) && (blockId == null
                        || r.has("blockId") && r.get("blockId").asString().equals(blockId))));
        return unitId;
    }

    protected void seat(String tenant, String unitId, String blockId) {
        send("membership.unit.events", "vn.coop.sangtao.unit.block-changed.v1", tenant, unitId, """
                {"unitId":"%s","tenantId":"%s","year":2026,"blockId":"%s","previousBlockId":null}"""
                .formatted(unitId, tenant, blockId));
    }

    /** Announces a block of 2026 as membership does. */
    protected String knownBlock(String tenant, String name) {
        String blockId = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.block.formed.v1";
        send("membership.block.events", type, tenant, blockId, ContractValidator.example(type)
                .replace(EXAMPLE_BLOCK, blockId).replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replace("Khối HTX nông nghiệp số 1", name));
        return blockId;
    }

    /** Announces an area as membership does, under {@code parentId}. */
    protected String knownArea(String tenant, String name, String parentId) {
        String areaId = UUID.randomUUID().toString();
        send("membership.area.events", "vn.coop.sangtao.area.defined.v1", tenant, areaId, """
                {"areaId":"%s","code":null,"name":"%s","level":"%s","parentId":%s,"validFrom":"2025-07-01","validTo":null}"""
                .formatted(areaId, name, parentId == null ? "PROVINCE" : "WARD",
                        parentId == null ? "null" : "\"" + parentId + "\""));
        return areaId;
    }

    /** Announces a person of a unit as membership does. */
    protected String knownPerson(String tenant, String unitId, String fullName) {
        String personId = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.person.registered.v1";
        send("membership.person.events", type, tenant, personId, ContractValidator.example(type)
                .replace(EXAMPLE_PERSON, personId).replace(EXAMPLE_UNIT, unitId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"").replace("Nguyễn Thị Hoa", fullName));
        return personId;
    }

    /** The units of a whole-alliance probe campaign's pledge board: every unit campaigns knows in the tenant. */
    protected JsonNode board(String tenant) {
        String officer = bearer(tenant, "probe", "EMULATION_OFFICER");
        String probe = probes.computeIfAbsent(tenant, t -> launched(officer, "{}"));
        return ok(api().get("/api/campaigns/campaigns/" + probe + "/pledges?size=500", officer), 200).get("items");
    }

    protected void send(String topic, String type, String tenant, String subject, String payload) {
        send(topic, UUID.randomUUID().toString(), type, tenant, subject, payload);
    }

    /** Sends one event; sending it again with the same {@code eventId} is what a redelivery looks like. */
    protected void send(String topic, String eventId, String type, String tenant, String subject, String payload) {
        ContractEvents.send(brokers, topic, eventId, type, tenant, subject, payload);
    }

    /** Waits for the event of {@code type} about {@code subject} on {@code topic}, checked against its contract. */
    protected EventProbe.Received awaitEvent(String topic, String subject, String type) {
        return ContractEvents.await(brokers, topic, subject, type);
    }

    protected static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).asString()).toList();
    }
}
