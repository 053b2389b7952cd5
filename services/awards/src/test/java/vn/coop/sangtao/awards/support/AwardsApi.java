package vn.coop.sangtao.awards.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ContractEvents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/**
 * What the awards API tests share: a fresh tenant per test, and the facts other services announce
 * (units, people, recognised initiatives, holds, closed reviews) sent as real events from the
 * published examples.
 */
public abstract class AwardsApi {

    protected static final String EXAMPLE_UNIT = "9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11";
    protected static final String EXAMPLE_PERSON = "7d3a1e5b-9c2f-4a8d-b6e0-3f1c5a7d9e24";
    protected static final String EXAMPLE_INITIATIVE = "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f";
    protected static final String EXAMPLE_REVIEW = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";
    protected static final String EXAMPLE_HOLD = "e8b2d4f6-1a3c-4e5b-9d7f-0c2e4a6b8d31";

    @LocalServerPort
    protected int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    protected String brokers;

    protected final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    protected final String officer = bearer(tenant, "officer", "EMULATION_OFFICER");
    protected final String admin = bearer(tenant, "admin", "TENANT_ADMIN");

    /** The unit of {@link #draftedCertificate}'s people: unit ids are global, so each test's tenant has its own. */
    private String certificateUnit;

    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected static JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    protected String example(String type, String... replacements) {
        String payload = ContractValidator.example(type).replace("\"ninh-binh\"", "\"" + tenant + "\"");
        for (int i = 0; i < replacements.length; i += 2) {
            payload = payload.replace(replacements[i], replacements[i + 1]);
        }
        return payload;
    }

    protected void send(String topic, String type, String subject, String payload) {
        send(topic, UUID.randomUUID().toString(), type, subject, payload);
    }

    protected void send(String topic, String eventId, String type, String subject, String payload) {
        ContractEvents.send(brokers, topic, eventId, type, tenant, subject, payload);
    }

    /** Announces a unit as membership does, under the example's id (the review example's block leader). */
    protected void knownUnit(String unitId, String name) {
        send("membership.unit.events", "vn.coop.sangtao.unit.registered.v1", unitId,
                example("vn.coop.sangtao.unit.registered.v1", EXAMPLE_UNIT, unitId, "HTX Nông nghiệp Gia Trấn", name));
    }

    /**
     * Announces a person of a unit and waits until awards knows them, by recording their earlier
     * advanced-worker title (Lao động tiên tiến) of {@code ldttYear}.
     */
    protected String knownPerson(String unitId, String fullName, int ldttYear) {
        String personId = UUID.randomUUID().toString();
        send("membership.person.events", "vn.coop.sangtao.person.registered.v1", personId,
                example("vn.coop.sangtao.person.registered.v1", EXAMPLE_PERSON, personId, EXAMPLE_UNIT, unitId,
                        "Nguyễn Thị Hoa", fullName));
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("/api/awards/history", officer, """
                {"nomineeKind":"PERSON","nomineeId":"%s","awardCode":"LDTT","year":%d,"thematic":false,
                 "decisionNumber":"7/QĐ-HTX","decisionDate":"%d-12-20"}""".formatted(personId, ldttYear, ldttYear))
                .status() == 201);
        return personId;
    }

    /** Announces an initiative of {@code personId} recognised at {@code level} in 2026. */
    protected String recognised(String personId, String level) {
        String initiativeId = UUID.randomUUID().toString();
        send("initiatives.initiative.events", "vn.coop.sangtao.initiative.decided.v1", initiativeId, """
                {"initiativeId":"%s","tenantId":"%s","title":"Sấy lúa bằng năng lượng mặt trời","kind":"INITIATIVE",
                 "year":2026,"recognised":true,"level":"%s","decisionNumber":"125/QĐ-LMHTX","decisionDate":"2026-10-20",
                 "reasons":null,"authors":[{"kind":"PERSON","refId":"%s","name":"Tác giả","unitId":"%s",
                 "unitName":"HTX Nông nghiệp Gia Trấn","contribution":100}],"applyingUnitId":"%s"}"""
                .formatted(initiativeId, tenant, level, personId, EXAMPLE_UNIT, EXAMPLE_UNIT));
        return initiativeId;
    }

    /** A year-end round of 2026 opened by hand; once it suggests {@code personId}, awards knows their initiative. */
    protected String roundSuggesting(String personId) {
        String[] round = new String[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode opened = ok(api().post("/api/awards/rounds", officer,
                    "{\"name\":\"Tổng kết %s\",\"kind\":\"YEAR_END\",\"year\":2026}".formatted(UUID.randomUUID())), 201);
            round[0] = opened.get("id").asString();
            return opened.get("suggestions").valueStream()
                    .anyMatch(s -> s.get("nominee").get("id").asString().equals(personId));
        });
        return round[0];
    }

    protected void council(String... members) {
        StringBuilder list = new StringBuilder();
        for (String m : members) {
            list.append(list.isEmpty() ? "" : ",").append("{\"username\":\"%s\",\"fullName\":\"Ủy viên %s\"}".formatted(m, m));
        }
        ok(api().put("/api/awards/council", admin, "{\"members\":[" + list + "]}"), 200);
    }

    protected JsonNode draft(String roundId, String kind, String nomineeId, String award) {
        return ok(api().post("/api/awards/proposals", officer, """
                {"roundId":"%s","nomineeKind":"%s","nomineeId":"%s","awardCode":"%s","achievements":"Thành tích"}"""
                .formatted(roundId, kind, nomineeId, award)), 201);
    }

    protected JsonNode step(String proposalId, String step) {
        return ok(api().post("/api/awards/proposals/" + proposalId + "/" + step, officer, null), 200);
    }

    /** A council member's own vote. */
    protected JsonNode vote(String proposalId, String member, boolean yes) {
        return ok(api().post("/api/awards/proposals/" + proposalId + "/ballots", bearer(tenant, member, "COUNCIL_MEMBER"),
                "{\"yes\":" + yes + "}"), 200);
    }

    /**
     * A draft for a Giấy khen (cá nhân) of 2026 in a thematic round, for a new person of a unit named
     * HTX Nông nghiệp Gia Trấn who holds Lao động tiên tiến, before a council of one (c1): eligible
     * once submitted.
     */
    protected String draftedCertificate(String fullName) {
        if (certificateUnit == null) {
            certificateUnit = UUID.randomUUID().toString();
            knownUnit(certificateUnit, "HTX Nông nghiệp Gia Trấn");
        }
        String person = knownPerson(certificateUnit, fullName, 2026);
        council("c1");
        String round = ok(api().post("/api/awards/rounds", officer,
                "{\"name\":\"Khen thưởng chuyên đề\",\"kind\":\"EVENT\",\"year\":2026}"), 201).get("id").asString();
        return ok(api().post("/api/awards/proposals", officer, """
                {"roundId":"%s","nomineeKind":"PERSON","nomineeId":"%s","awardCode":"GIAY_KHEN_CN",
                 "achievements":"Hoàn thành xuất sắc nhiệm vụ, sáng kiến sấy lúa bằng năng lượng mặt trời",
                 "attestations":["Hoàn thành tốt nhiệm vụ được giao"]}""".formatted(round, person)), 201)
                .get("id").asString();
    }

    /** Takes a draft of {@link #draftedCertificate} through submission, c1's vote and the alliance's decision. */
    protected JsonNode granted(String proposalId, String decisionNumber) {
        step(proposalId, "submit");
        step(proposalId, "vote");
        vote(proposalId, "c1", true);
        step(proposalId, "close-vote");
        return ok(api().post("/api/awards/proposals/" + proposalId + "/decide", admin,
                "{\"granted\":true,\"number\":\"%s\",\"date\":\"2026-12-28\"}".formatted(decisionNumber)), 200);
    }

    /**
     * A PDF the service prints, opened with PDFBox, every font embedded and no character missing
     * from them: its text with runs of white space as one space.
     */
    protected String pdfText(String path, String bearer) {
        HttpResponse<byte[]> response = api().download(path, bearer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).doesNotContain("?");
            return String.join(" ", Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
