package vn.coop.sangtao.initiatives.similarity;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.initiatives.support.InitiativesApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class SimilarityApiTest extends InitiativesApi {

    @Test
    void shouldFindTheSameInitiativeWrittenWithoutAccentsAtSubmissionAndOnDemand() {
        String tenant = "dup-" + UUID.randomUUID().toString().substring(0, 6);
        String officer = bearer(tenant, "officer", "EMULATION_OFFICER");
        String unit = knownUnit(tenant, "HTX Lúa gạo hữu cơ Kim Sơn");
        String first = ok(create(officer, unit, "Mô hình trồng lúa hữu cơ", true), 201).get("id").asString();
        ok(create(officer, unit, "Truy xuất nguồn gốc mật ong bằng mã QR", true), 201);

        JsonNode second = ok(create(officer, unit, "mo hinh trong lua huu co", true), 201);
        JsonNode kept = second.get("similarAtSubmission");
        assertThat(kept.size()).as(kept.toString()).isEqualTo(1);
        assertThat(kept.get(0).get("initiativeId").asString()).isEqualTo(first);
        assertThat(kept.get(0).get("score").asDouble()).isGreaterThan(0.9);

        JsonNode onDemand = ok(api().get("/api/initiatives/similar?title=trong%20lua%20huu%20co%20theo%20mo%20hinh", officer),
                200);
        assertThat(texts(onDemand, "title")).contains("Mô hình trồng lúa hữu cơ", "mo hinh trong lua huu co")
                .doesNotContain("Truy xuất nguồn gốc mật ong bằng mã QR");
        assertThat(ok(api().get("/api/initiatives/similar?title=mo%20hinh%20trong%20lua%20huu%20co",
                bearer("other-" + tenant, "x", "EMULATION_OFFICER")), 200).size()).isZero();
        assertThat(texts(ok(api().get("/api/initiatives/similar?title=mo%20hinh%20trong%20lua%20huu%20co",
                bearer("vca", "vca.officer", "NATIONAL_OFFICER")), 200), "tenantId")).contains(tenant);

        String secondId = second.get("id").asString();
        JsonNode linked = step(officer, secondId, "links",
                "{\"otherInitiativeId\":\"%s\",\"relation\":\"DUPLICATE_OF\"}".formatted(first));
        assertThat(linked.get("links").get(0).get("relation").asString()).isEqualTo("DUPLICATE_OF");
        awaitEvent(secondId, "vn.coop.sangtao.initiative.linked.v1");
        assertProblem(api().post("/api/initiatives/initiatives/" + secondId + "/links", QT_OFFICER,
                "{\"otherInitiativeId\":\"%s\",\"relation\":\"RELATED\"}".formatted(first)), 404, "not-found");
    }

    @Test
    void shouldFilterByTheAreaAndTheBlockOfTheApplyingUnit() {
        String tenant = "filter-" + UUID.randomUUID().toString().substring(0, 6);
        String officer = bearer(tenant, "officer", "EMULATION_OFFICER");
        String inBlock = knownUnit(tenant, "HTX Thủy sản Kim Sơn");
        String elsewhere = knownUnit(tenant, "HTX Vận tải Tam Điệp");
        String blockId = UUID.randomUUID().toString();
        String areaId = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.unit.block-changed.v1";
        send("membership.unit.events", type, tenant, inBlock, ContractValidator.example(type)
                .replace(EXAMPLE_UNIT, inBlock).replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replace("3f0c2a9e-1b4d-4c6e-9a8b-7d5e3c1f0a22", blockId));
        String updated = "vn.coop.sangtao.unit.updated.v1";
        send("membership.unit.events", updated, tenant, inBlock, ContractValidator.example(updated)
                .replace(EXAMPLE_UNIT, inBlock).replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replaceFirst("\\{", "{\"areaId\":\"" + areaId + "\","));
        String mine = ok(create(officer, inBlock, "Nuôi tôm tuần hoàn", true), 201).get("id").asString();
        ok(create(officer, elsewhere, "Điều phối xe", true), 201);

        await().atMost(Duration.ofSeconds(20)).until(() -> ok(api().get("/api/initiatives/initiatives?status=SUBMITTED&blockId=" + blockId,
                officer), 200).get("total").asLong() == 1);
        assertThat(ok(api().get("/api/initiatives/initiatives?status=SUBMITTED&blockId=" + blockId, officer), 200).get("items").get(0)
                .get("id").asString()).isEqualTo(mine);
        await().atMost(Duration.ofSeconds(20)).until(() -> ok(api().get("/api/initiatives/initiatives?status=SUBMITTED&areaId=" + areaId,
                officer), 200).get("total").asLong() == 1);

        // a search by a province-level area takes in the communes within it
        String province = UUID.randomUUID().toString();
        String area = "vn.coop.sangtao.area.defined.v1";
        send("membership.area.events", area, tenant, areaId, ContractValidator.example(area)
                .replace("51c0d7e2-8a3b-4f1c-9e6d-2b7a0c4d8e13", areaId).replace("6a2e9f14-3c7b-4d0a-8e5f-1b9c2d7a4e36", province)
                .replace("\"ninh-binh\"", "\"" + tenant + "\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> ok(api().get("/api/initiatives/initiatives?status=SUBMITTED&areaId=" + province,
                officer), 200).get("total").asLong() == 1);
        assertThat(ok(api().get("/api/initiatives/initiatives?q=tuan%20hoan&sort=title&direction=ASC", officer), 200)
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void shouldMergeADuplicateSoThatItLeavesTheListsAndTheDuplicateChecks() {
        String tenant = "merge-" + UUID.randomUUID().toString().substring(0, 6);
        String officer = bearer(tenant, "officer", "EMULATION_OFFICER");
        String unit = knownUnit(tenant, "HTX Nông nghiệp Gia Vân");
        String original = ok(create(officer, unit, "Lò sấy lúa bằng trấu", true), 201).get("id").asString();
        String duplicate = ok(create(officer, unit, "lo say lua bang trau", true), 201).get("id").asString();
        String draft = ok(create(officer, unit, "Lò sấy lúa bằng trấu cải tiến", false), 201).get("id").asString();

        assertProblem(api().post("/api/initiatives/initiatives/" + duplicate + "/merge", bearer("other-" + tenant, "officer", "EMULATION_OFFICER"),
                "{\"intoInitiativeId\":\"%s\",\"reason\":\"Trùng\"}".formatted(original)), 404, "not-found");
        assertProblem(api().post("/api/initiatives/initiatives/" + duplicate + "/merge", bearer(tenant, "m", "MEMBER"),
                "{\"intoInitiativeId\":\"%s\",\"reason\":\"Trùng\"}".formatted(original)), 403, "forbidden");
        assertProblem(api().post("/api/initiatives/initiatives/" + duplicate + "/merge", officer,
                "{\"intoInitiativeId\":\"%s\",\"reason\":\"Trùng\"}".formatted(draft)), 422, "merge-target-unavailable");
        assertProblem(api().post("/api/initiatives/initiatives/" + duplicate + "/merge", officer,
                "{\"intoInitiativeId\":\"%s\"}".formatted(original)), 400, "validation-failed");

        JsonNode merged = step(officer, duplicate, "merge",
                "{\"intoInitiativeId\":\"%s\",\"reason\":\"Cùng một lò sấy, nộp hai lần\"}".formatted(original));
        assertThat(merged.get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.get("merge").get("intoInitiativeId").asString()).isEqualTo(original);
        assertThat(merged.get("merge").get("score").asDouble()).isGreaterThan(0.9);
        assertThat(merged.get("links").get(0).get("relation").asString()).isEqualTo("DUPLICATE_OF");
        awaitEvent(duplicate, "vn.coop.sangtao.initiative.merged.v1");

        assertThat(ids(ok(api().get("/api/initiatives/initiatives?q=lo%20say%20lua", officer), 200)))
                .contains(original).doesNotContain(duplicate);
        assertThat(ids(ok(api().get("/api/initiatives/initiatives?status=MERGED", officer), 200)))
                .containsExactly(duplicate);
        assertThat(texts(ok(api().get("/api/initiatives/similar?title=lo%20say%20lua%20bang%20trau", officer), 200),
                "initiativeId")).contains(original).doesNotContain(duplicate);
        assertProblem(api().post("/api/initiatives/initiatives/" + duplicate + "/merge", officer,
                "{\"intoInitiativeId\":\"%s\",\"reason\":\"Lại\"}".formatted(original)), 422, "illegal-transition");
        assertProblem(api().post("/api/initiatives/initiatives/" + original + "/merge", officer,
                "{\"intoInitiativeId\":\"%s\",\"reason\":\"Ngược lại\"}".formatted(duplicate)), 422,
                "merge-target-unavailable");
    }

    private static java.util.List<String> ids(JsonNode page) {
        return texts(page.get("items"), "id");
    }
}
