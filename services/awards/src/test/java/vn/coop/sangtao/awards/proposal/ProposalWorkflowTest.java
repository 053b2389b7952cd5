package vn.coop.sangtao.awards.proposal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class ProposalWorkflowTest extends AwardsApi {

    private static final String REVIEW_CLOSED = "vn.coop.sangtao.review.closed.v1";

    @Test
    void shouldOpenOneRoundPerReviewSuggestCandidatesAndTakeAProposalThroughVoteDecisionAndHistory() {
        knownUnit(EXAMPLE_UNIT, "HTX Nông nghiệp Gia Trấn");
        String person = knownPerson(EXAMPLE_UNIT, "Lê Thị Mai", 2026);
        recognised(person, "UNIT");
        roundSuggesting(person);

        String reviewId = UUID.randomUUID().toString();
        String review = example(REVIEW_CLOSED, EXAMPLE_REVIEW, reviewId);
        String eventId = UUID.randomUUID().toString();
        send("campaigns.review.events", eventId, REVIEW_CLOSED, reviewId, review);
        send("campaigns.review.events", eventId, REVIEW_CLOSED, reviewId, review);
        send("campaigns.review.events", REVIEW_CLOSED, reviewId, review);
        String roundId = tenant + ":review:" + reviewId;
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/awards/rounds/" + roundId, officer)
                .status() == 200);
        JsonNode round = ok(api().get("/api/awards/rounds/" + roundId, officer), 200);
        assertThat(round.get("kind").asString()).isEqualTo("YEAR_END");
        JsonNode flag = round.get("suggestions").valueStream().filter(s -> s.get("awardCode").asString()
                .equals("CO_THI_DUA")).findFirst().orElseThrow();
        assertThat(flag.get("nominee").get("id").asString()).isEqualTo(EXAMPLE_UNIT);
        assertThat(flag.get("verdict").get("eligible").asBoolean()).isTrue();
        JsonNode soldier = round.get("suggestions").valueStream().filter(s -> s.get("awardCode").asString()
                .equals("CSTDCS")).findFirst().orElseThrow();
        assertThat(soldier.get("verdict").get("eligible").asBoolean()).isTrue();
        assertThat(ok(api().get("/api/awards/rounds?year=2026&size=100", officer), 200).get("items").valueStream()
                .filter(r -> r.has("reviewId") && r.get("reviewId").asString().equals(reviewId)).count()).isEqualTo(1);

        council("c1", "c2", "c3");
        String id = draft(roundId, "PERSON", person, "CSTDCS").get("id").asString();
        JsonNode twice = assertProblem(api().post("/api/awards/proposals", officer, """
                {"roundId":"%s","nomineeKind":"PERSON","nomineeId":"%s","awardCode":"CSTDCS"}"""
                .formatted(roundId, person)), 409, "already-proposed");
        assertThat(twice.get("detail").asString()).endsWith("năm 2026.");
        JsonNode submitted = step(id, "submit");
        assertThat(submitted.get("verdict").get("eligible").asBoolean()).isTrue();
        step(id, "vote");
        // a council member reads what they vote on, and finds it among the proposals in the vote
        String member = bearer(tenant, "c1", "COUNCIL_MEMBER");
        assertThat(ok(api().get("/api/awards/proposals/" + id, member), 200).get("status").asString()).isEqualTo("VOTING");
        assertThat(ok(api().get("/api/awards/proposals?status=VOTING", member), 200).get("items").valueStream()
                .map(p -> p.get("id").asString()).toList()).contains(id);
        vote(id, "c1", true);
        assertProblem(api().post("/api/awards/proposals/" + id + "/ballots", bearer(tenant, "c9", "COUNCIL_MEMBER"),
                "{\"yes\":true}"), 403, "not-a-council-member");
        assertProblem(api().post("/api/awards/proposals/" + id + "/ballots", officer, "{\"yes\":true,\"written\":true}"),
                422, "written-vote-without-member");
        JsonNode tally = ok(api().post("/api/awards/proposals/" + id + "/ballots", officer,
                "{\"yes\":true,\"written\":true,\"member\":\"c2\"}"), 200);
        assertThat(tally.get("members").asInt()).isEqualTo(3);
        assertThat(tally.get("quorumNeeded").asInt()).isEqualTo(2);
        assertThat(tally.get("voters").valueStream().map(v -> v.get("username").asString()).toList())
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(tally.toString()).doesNotContain("\"yes\":true,\"username\"").doesNotContain("choice");
        JsonNode approved = step(id, "close-vote");
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertProblem(api().post("/api/awards/proposals/" + id + "/forward", officer, null), 422, "within-authority");
        JsonNode decided = ok(api().post("/api/awards/proposals/" + id + "/decide", admin,
                "{\"granted\":true,\"number\":\"45/QĐ-LMHTX\",\"date\":\"2026-12-28\"}"), 200);
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        JsonNode history = ok(api().get("/api/awards/history?q=le%20thi%20mai", officer), 200).get("items");
        assertThat(history.valueStream().map(h -> h.get("award").asString()).toList()).contains("CSTDCS", "LDTT");

        assertProblem(api().get("/api/awards/proposals/" + id, bearer("other-tenant", "o", "EMULATION_OFFICER")), 404,
                "not-found");
    }

    @Test
    void shouldRejectAHighTitleBelowNinetyPercentOfAllMembersAndWithoutAQuorum() {
        knownUnit(EXAMPLE_UNIT, "HTX Nông nghiệp Gia Trấn");
        String person = knownPerson(EXAMPLE_UNIT, "Hoàng Văn Nam", 2026);
        String round = ok(api().post("/api/awards/rounds", officer,
                "{\"name\":\"Khen thưởng chuyên đề\",\"kind\":\"EVENT\",\"year\":2026}"), 201).get("id").asString();
        council("c1", "c2", "c3", "c4", "c5");
        String id = draft(round, "PERSON", person, "GIAY_KHEN_CN").get("id").asString();
        step(id, "submit");
        step(id, "vote");
        vote(id, "c1", true);
        vote(id, "c2", true);
        vote(id, "c2", true); // voting again replaces the ballot
        JsonNode rejected = step(id, "close-vote");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("tally").get("quorum").asBoolean()).as("2 of 5 is below two thirds").isFalse();
        assertThat(rejected.get("tally").get("quorumNeeded").asInt()).isEqualTo(4);
    }

    @Test
    void shouldRefuseToProposeWhileAHoldIsOpenAndAcceptOnceItCloses() {
        knownUnit(EXAMPLE_UNIT, "HTX Nông nghiệp Gia Trấn");
        String person = knownPerson(EXAMPLE_UNIT, "Trịnh Văn Khoa", 2026);
        String hold = UUID.randomUUID().toString();
        send("membership.hold.events", "vn.coop.sangtao.hold.opened.v1", hold, example("vn.coop.sangtao.hold.opened.v1",
                EXAMPLE_HOLD, hold, EXAMPLE_UNIT, person, "\"UNIT\"", "\"PERSON\""));
        String round = ok(api().post("/api/awards/rounds", officer,
                "{\"name\":\"Khen thưởng chuyên đề\",\"kind\":\"EVENT\",\"year\":2026}"), 201).get("id").asString();
        String id = draft(round, "PERSON", person, "GIAY_KHEN_CN").get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("/api/awards/proposals/" + id + "/submit", officer,
                null).body().contains("hold-open"));
        send("membership.hold.events", "vn.coop.sangtao.hold.closed.v1", hold, example("vn.coop.sangtao.hold.closed.v1",
                EXAMPLE_HOLD, hold, EXAMPLE_UNIT, person, "\"UNIT\"", "\"PERSON\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("/api/awards/proposals/" + id + "/submit", officer,
                null).status() == 200);
    }

    @Test
    void shouldForwardANationalAwardToTheNationalAllianceAndShowTheProvinceItsDecision() {
        knownUnit(EXAMPLE_UNIT, "HTX Nông nghiệp Gia Trấn");
        String person = knownPerson(EXAMPLE_UNIT, "Ngô Thị Thu", 2026);
        recognised(person, "PROVINCIAL");
        String round = roundSuggesting(person);
        council("c1");
        String id = draft(round, "PERSON", person, "BANG_KHEN_CN").get("id").asString();
        step(id, "submit");
        step(id, "vote");
        vote(id, "c1", true);
        step(id, "close-vote");
        assertProblem(api().post("/api/awards/proposals/" + id + "/decide", officer,
                "{\"granted\":true,\"number\":\"1/QĐ\",\"date\":\"2026-12-28\"}"), 422, "beyond-authority");
        assertThat(step(id, "forward").get("status").asString()).isEqualTo("FORWARDED");

        String national = bearer("vca", "vca.officer", "NATIONAL_OFFICER");
        String[] received = new String[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            received[0] = ok(api().get("/api/awards/proposals?status=RECEIVED&size=100", national), 200).get("items")
                    .valueStream().filter(p -> p.get("origin").get("proposalId").asString().equals(id))
                    .map(p -> p.get("id").asString()).findFirst().orElse(null);
            return received[0] != null;
        });
        ok(api().post("/api/awards/proposals/" + received[0] + "/decide", national,
                "{\"granted\":true,\"number\":\"88/QĐ-LMHTXVN\",\"date\":\"2027-01-10\"}"), 200);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DECIDED".equals(ok(api().get("/api/awards/proposals/" + id,
                officer), 200).get("status").asString()));
        JsonNode decision = ok(api().get("/api/awards/proposals/" + id, officer), 200).get("decision");
        assertThat(decision.get("number").asString()).isEqualTo("88/QĐ-LMHTXVN");
        assertThat(decision.get("body").asString()).isEqualTo("Liên minh Hợp tác xã Việt Nam");
        assertThat(ok(api().get("/api/awards/history?nomineeId=" + person, officer), 200).get("items").valueStream()
                .map(h -> h.get("award").asString()).toList()).contains("BANG_KHEN_CN");
        assertProblem(api().get("/api/awards/proposals/" + received[0], officer), 404, "not-found");
    }

    @Test
    void shouldFollowARedeliveredAndThenWithdrawnRecognitionOfAnInitiative() {
        knownUnit(EXAMPLE_UNIT, "HTX Nông nghiệp Gia Trấn");
        String person = knownPerson(EXAMPLE_UNIT, "Đặng Thị Lụa", 2026);
        String initiative = recognised(person, "UNIT");
        String round = roundSuggesting(person);
        String id = draft(round, "PERSON", person, "CSTDCS").get("id").asString();
        String decided = "vn.coop.sangtao.initiative.decided.v1";
        String again = """
                {"initiativeId":"%s","tenantId":"%s","title":"Sấy lúa bằng năng lượng mặt trời","kind":"INITIATIVE",
                 "year":2026,"recognised":%s,"level":"UNIT","decisionNumber":"125/QĐ-LMHTX","decisionDate":"2026-10-20",
                 "reasons":null,"authors":[{"kind":"PERSON","refId":"%s","name":"Tác giả","unitId":"%s",
                 "unitName":"HTX Nông nghiệp Gia Trấn","contribution":100}],"applyingUnitId":"%s"}""";
        String eventId = UUID.randomUUID().toString();
        send("initiatives.initiative.events", eventId, decided, initiative,
                again.formatted(initiative, tenant, true, person, EXAMPLE_UNIT, EXAMPLE_UNIT));
        send("initiatives.initiative.events", eventId, decided, initiative,
                again.formatted(initiative, tenant, true, person, EXAMPLE_UNIT, EXAMPLE_UNIT));
        JsonNode verdict = ok(api().get("/api/awards/proposals/" + id + "/eligibility", officer), 200);
        assertThat(verdict.get("eligible").asBoolean()).isTrue();
        assertThat(verdict.get("rules").valueStream().filter(r -> r.get("passed").asBoolean())
                .flatMap(r -> r.get("achievements").valueStream()).map(JsonNode::asString).toList())
                .containsExactly("initiative:" + initiative);

        send("initiatives.initiative.events", decided, initiative,
                again.formatted(initiative, tenant, false, person, EXAMPLE_UNIT, EXAMPLE_UNIT));
        await().atMost(Duration.ofSeconds(20)).until(() -> !ok(api().get("/api/awards/proposals/" + id
                + "/eligibility", officer), 200).get("eligible").asBoolean());
        assertProblem(api().post("/api/awards/proposals/" + id + "/submit", officer, null), 422, "not-eligible");
    }
}
