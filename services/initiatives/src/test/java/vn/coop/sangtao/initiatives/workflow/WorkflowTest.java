package vn.coop.sangtao.initiatives.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.initiatives.support.InitiativesApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class WorkflowTest extends InitiativesApi {

    private static final String NATIONAL = bearer("vca", "vca.officer", "NATIONAL_OFFICER");

    private static String councilMember(String username) {
        return bearer("ninh-binh", username, "COUNCIL_MEMBER");
    }

    @Test
    void shouldCarryAnInitiativeFromDraftToTheGoldenBookAndRefuseEveryIllegalStep() {
        String unit = knownUnit("ninh-binh", "HTX Nông nghiệp Gia Trấn");
        String otherUnit = knownUnit("ninh-binh", "HTX Dịch vụ Khánh Thiện");
        String author = knownPerson("ninh-binh", unit, "Đinh Văn Hùng");
        String colleague = knownPerson("ninh-binh", unit, "Phạm Thị Mai");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String[] reviewers = new String[3];
        String council = ok(api().post("/api/initiatives/councils", NB_OFFICER, "{\"name\":\"Hội đồng 2026\"}"), 201)
                .get("id").asString();
        for (String person : new String[]{author, colleague}) {
            ok(api().post("/api/initiatives/councils/" + council + "/members", NB_OFFICER,
                    "{\"personId\":\"%s\",\"username\":\"c-%s\"}".formatted(person, person)), 200);
        }
        for (int i = 0; i < 3; i++) {
            reviewers[i] = "reviewer" + i + "-" + suffix;
            String person = knownPerson("ninh-binh", otherUnit, "Thành viên hội đồng " + i);
            ok(api().post("/api/initiatives/councils/" + council + "/members", NB_OFFICER,
                    "{\"personId\":\"%s\",\"username\":\"%s\"}".formatted(person, reviewers[i])), 200);
        }

        JsonNode draft = ok(create(NB_MEMBER, unit, "Sấy lúa bằng năng lượng mặt trời " + suffix, false, author), 201);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("authors").get(1).get("name").asString()).isEqualTo("Đinh Văn Hùng");
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/accept", NB_OFFICER, null), 422,
                "illegal-transition");
        assertThat(step(NB_MEMBER, id, "submit", null).get("status").asString()).isEqualTo("SUBMITTED");
        awaitEvent(id, "vn.coop.sangtao.initiative.submitted.v1");
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/typical", NB_OFFICER, "{\"year\":2026}"), 422,
                "illegal-transition");
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/accept", NB_MEMBER, null), 403, "forbidden");

        JsonNode accepted = step(NB_OFFICER, id, "accept", null);
        assertThat(accepted.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(accepted.get("decisionDue").asString()).isNotBlank();

        JsonNode assignment = step(NB_OFFICER, id, "reviewers",
                "{\"councilId\":\"%s\",\"blind\":true}".formatted(council));
        assertThat(assignment.get("excluded").size()).isEqualTo(2);
        assertThat(texts(assignment.get("excluded"), "code")).containsExactlyInAnyOrder("AUTHOR", "AUTHOR_UNIT");
        assertThat(texts(assignment.get("excluded"), "reason"))
                .contains("Đinh Văn Hùng là tác giả của sáng kiến", "Cùng đơn vị với tác giả HTX Nông nghiệp Gia Trấn");
        assertThat(assignment.get("initiative").get("reviewers").size()).isEqualTo(3);

        JsonNode seenByReviewer = ok(api().get("/api/initiatives/initiatives/" + id, councilMember(reviewers[0])), 200);
        assertThat(seenByReviewer.get("authorsHidden").asBoolean()).isTrue();
        assertThat(seenByReviewer.has("authors")).isFalse();

        ok(api().send("PUT", "/api/initiatives/settings/rubric", NB_ADMIN, """
                {"noveltyWeight":40,"applicabilityWeight":30,"effectivenessWeight":30,"passMark":65,"minimumReviews":3,
                 "blindByDefault":false}"""), 200);
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/decision", NB_OFFICER,
                "{\"recognised\":true,\"level\":\"PROVINCIAL\",\"decisionNumber\":\"1/QĐ\"}"), 422, "reviews-missing");
        int[][] marks = {{80, 90, 70}, {60, 70, 80}, {90, 60, 60}};
        for (int i = 0; i < 3; i++) {
            step(councilMember(reviewers[i]), id, "reviews", "{\"novelty\":%d,\"applicability\":%d,\"effectiveness\":%d}"
                    .formatted(marks[i][0], marks[i][1], marks[i][2]));
        }
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/reviews", councilMember("outsider"),
                "{\"novelty\":1,\"applicability\":1,\"effectiveness\":1}"), 403, "not-a-reviewer");
        JsonNode result = ok(api().get("/api/initiatives/initiatives/" + id + "/result", NB_OFFICER), 200);
        // (80·40+90·30+70·30)/100 = 80; (60·40+70·30+80·30)/100 = 69; (90·40+60·30+60·30)/100 = 72; mean 73.67
        assertThat(result.get("reviews").valueStream().map(r -> r.get("weighted").asDouble()).toList())
                .containsExactly(80.0, 69.0, 72.0);
        assertThat(result.get("mean").asDouble()).isEqualTo(73.67);
        assertThat(result.get("passed").asBoolean()).isTrue();

        JsonNode recognised = step(NB_OFFICER, id, "decision",
                "{\"recognised\":true,\"level\":\"PROVINCIAL\",\"decisionNumber\":\"125/QĐ-LMHTX\",\"decisionDate\":\"2026-10-20\"}");
        assertThat(recognised.get("decision").get("decisionNumber").asString()).isEqualTo("125/QĐ-LMHTX");
        awaitEvent(id, "vn.coop.sangtao.initiative.decided.v1");
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/nomination", NB_OFFICER,
                "{\"year\":2026,\"letter\":\"Giới thiệu\"}"), 422, "not-typical");
        step(NB_OFFICER, id, "typical", "{\"year\":2026}");
        step(NB_OFFICER, id, "nomination", "{\"year\":2026,\"letter\":\"Liên minh HTX tỉnh Ninh Bình trân trọng giới thiệu.\"}");
        awaitEvent(id, "vn.coop.sangtao.initiative.nominated.v1");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("/api/initiatives/nominations/" + id, NATIONAL).status() == 200);
        JsonNode nomination = ok(api().get("/api/initiatives/nominations/" + id, NATIONAL), 200);
        assertThat(nomination.get("provinceTenantId").asString()).isEqualTo("ninh-binh");
        assertThat(nomination.get("decisionNumber").asString()).isEqualTo("125/QĐ-LMHTX");
        assertProblem(api().get("/api/initiatives/nominations/" + id, bearer("ninh-binh", "x", "NATIONAL_OFFICER")),
                404, "not-found");
        ok(api().post("/api/initiatives/nominations/" + id + "/outcome", NATIONAL,
                "{\"selected\":true,\"publishedIn\":\"Sổ vàng sáng tạo Việt Nam 2026\"}"), 200);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SELECTED".equals(ok(api().get(
                "/api/initiatives/initiatives/" + id, NB_OFFICER), 200).get("nomination").get("outcome").asString()));
        awaitEvent(id, "vn.coop.sangtao.initiative.nomination-decided.v1");
        assertProblem(api().get("/api/initiatives/initiatives/" + id, QT_OFFICER), 404, "not-found");
    }

    @Test
    void shouldReturnADossierForCompletionAndKeepEveryRevisionAfterSubmission() {
        String unit = knownUnit("ninh-binh", "HTX Mây tre đan Phú Sơn");
        String id = ok(create(NB_MEMBER, unit, "Mô hình đan cói xuất khẩu", true), 201).get("id").asString();
        JsonNode returned = step(NB_OFFICER, id, "return", "{\"reasons\":[\"Thiếu số liệu hiệu quả kinh tế\"]}");
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReasons").get(0).asString()).isEqualTo("Thiếu số liệu hiệu quả kinh tế");
        awaitEvent(id, "vn.coop.sangtao.initiative.screened.v1");

        ok(api().send("PUT", "/api/initiatives/initiatives/" + id + "?version=" + returned.get("version").asLong(),
                NB_MEMBER, """
                        {"kind":"MODEL","title":"Mô hình đan cói xuất khẩu","summary":"120 lao động nữ có việc làm.",
                         "economicBenefitVnd":950000000,"year":2026,"applyingUnitId":"%s",
                         "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(unit, unit)), 200);
        assertProblem(api().send("PUT", "/api/initiatives/initiatives/" + id + "?version=0", NB_MEMBER, """
                {"kind":"MODEL","title":"Cũ","summary":"x","year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(unit, unit)), 409,
                "version-conflict");
        assertProblem(api().send("PUT", "/api/initiatives/initiatives/" + id + "?version=3",
                bearer("ninh-binh", "someone.else", "MEMBER"), """
                {"kind":"MODEL","title":"Của tôi","summary":"x","year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(unit, unit)), 403,
                "not-your-initiative");
        JsonNode resubmitted = step(NB_MEMBER, id, "submit", null);
        assertThat(resubmitted.get("status").asString()).isEqualTo("SUBMITTED");
        awaitEvent(id, "vn.coop.sangtao.initiative.resubmitted.v1");
        JsonNode revisions = ok(api().get("/api/initiatives/initiatives/" + id + "/revisions", NB_OFFICER), 200);
        assertThat(revisions.size()).isEqualTo(3);
        assertThat(revisions.get(0).get("content").get("summary").asString()).isEqualTo("Giảm 30% chi phí sấy lúa.");
        assertThat(revisions.get(1).get("content").get("economicBenefitVnd").asLong()).isEqualTo(950_000_000L);
    }

    @Test
    void shouldRejectOnlyWithReasons() {
        String unit = knownUnit("ninh-binh", "HTX Vận tải Hoa Lư");
        String id = ok(create(NB_MEMBER, unit, "Điều phối xe bằng tin nhắn", true), 201).get("id").asString();
        step(NB_OFFICER, id, "accept", null);
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/decision", NB_OFFICER,
                "{\"recognised\":false}"), 422, "reasons-required");
        JsonNode rejected = step(NB_OFFICER, id, "decision",
                "{\"recognised\":false,\"reasons\":\"Giải pháp đã được áp dụng rộng rãi trước đó\"}");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/submit", NB_MEMBER, null), 422,
                "illegal-transition");
    }

    @Test
    void shouldExcludeTooManyConflictedReviewersAndAssignNobody() {
        String unit = knownUnit("ninh-binh", "HTX Thêu ren Văn Lâm");
        String council = ok(api().post("/api/initiatives/councils", NB_OFFICER, "{\"name\":\"Hội đồng nhỏ\"}"), 201)
                .get("id").asString();
        for (int i = 0; i < 3; i++) {
            String person = knownPerson("ninh-binh", unit, "Người cùng đơn vị " + i);
            ok(api().post("/api/initiatives/councils/" + council + "/members", NB_OFFICER,
                    "{\"personId\":\"%s\",\"username\":\"same-unit-%s\"}".formatted(person, person)), 200);
        }
        String id = ok(create(NB_MEMBER, unit, "Thêu tranh theo đơn đặt hàng", true), 201).get("id").asString();
        step(NB_OFFICER, id, "accept", null);
        assertProblem(api().post("/api/initiatives/initiatives/" + id + "/reviewers", NB_OFFICER,
                "{\"councilId\":\"%s\"}".formatted(council)), 422, "too-few-reviewers");
        assertThat(ok(api().get("/api/initiatives/initiatives/" + id, NB_OFFICER), 200).get("reviewers").size()).isZero();
    }
}
