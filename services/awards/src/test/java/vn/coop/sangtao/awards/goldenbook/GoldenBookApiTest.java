package vn.coop.sangtao.awards.goldenbook;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ContractEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/**
 * The Golden Book cycle over the API, on a clock that shows 20 June 2027 in Vietnam (it keeps
 * ticking, so the outbox's leases and everything else keep working).
 */
@ServiceTest
class GoldenBookApiTest extends AwardsApi {

    @TestConfiguration(proxyBeanMethods = false)
    static class TwentiethOfJune2027 {

        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(),
                    Duration.between(Instant.now(), Instant.parse("2027-06-19T23:30:00Z")));
        }
    }

    private JsonNode cycle(int year) {
        return ok(api().get("/api/awards/golden-book/" + year, officer), 200);
    }

    private static List<String> statuses(JsonNode cycle) {
        return cycle.get("calendar").valueStream()
                .map(e -> e.get("key").asString() + " " + e.get("status").asString()).toList();
    }

    @Test
    void shouldShowTheDefaultDeadlinesDueSoonAndOverdueOnTheClocksDay() {
        assertThat(statuses(cycle(2027))).containsExactly("DOSSIER OVERDUE", "NOMINATION DUE_SOON",
                "PUBLICATION UPCOMING");
        JsonNode due = ok(api().get("/api/awards/golden-book/due", officer), 200);
        assertThat(due.valueStream().map(d -> d.get("year").asInt() + " " + d.get("key").asString() + " "
                + d.get("status").asString() + " " + d.get("daysLeft").asLong()))
                .containsExactly("2027 DOSSIER OVERDUE -5", "2027 NOMINATION DUE_SOON 10");

        JsonNode done = ok(api().post("/api/awards/golden-book/2027/deadlines/DOSSIER/done", officer, null), 200);
        assertThat(statuses(done)).containsExactly("DOSSIER DONE", "NOMINATION DUE_SOON", "PUBLICATION UPCOMING");
        assertThat(done.get("calendar").get(0).get("doneBy").asString()).isEqualTo("officer");
        ContractEvents.await(brokers, GoldenBookCycle.TOPIC, tenant + ":golden-book:2027",
                GoldenBookChanged.DEADLINE_DONE);

        JsonNode moved = ok(api().put("/api/awards/golden-book/2027/calendar", officer, """
                {"deadlines":[{"key":"DOSSIER","title":"Lập hồ sơ","due":"2027-06-15"},
                 {"key":"NOMINATION","title":"Gửi hồ sơ đề cử","due":"2027-07-31"},
                 {"key":"REVIEW","title":"Hội đồng Liên minh xét chọn","due":"2027-06-18"}]}"""), 200);
        assertThat(statuses(moved)).containsExactly("DOSSIER DONE", "REVIEW OVERDUE", "NOMINATION UPCOMING");
        assertThat(ok(api().get("/api/awards/golden-book/due", officer), 200).valueStream()
                .map(d -> d.get("key").asString())).containsExactly("REVIEW");
        assertThat(statuses(ok(api().get("/api/awards/golden-book/2027",
                bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER")), 200)))
                .as("another tenant keeps the default calendar").containsExactly("DOSSIER OVERDUE",
                        "NOMINATION DUE_SOON", "PUBLICATION UPCOMING");
    }

    @Test
    void shouldRefuseACalendarThatDoesNotHoldTogetherInVietnameseAndEnglish() {
        String twice = """
                {"deadlines":[{"key":"DOSSIER","title":"Lập hồ sơ","due":"2027-06-15"},
                 {"key":"DOSSIER","title":"Lập hồ sơ lần hai","due":"2030-06-20"}]}""";
        JsonNode vi = assertProblem(api().put("/api/awards/golden-book/2027/calendar", officer, twice), 422,
                "invalid-calendar");
        assertThat(vi.get("detail").asString()).contains("năm 2027");
        assertThat(vi.get("errors").valueStream().map(e -> e.get("field").asString() + ": " + e.get("message")
                .asString())).containsExactly("deadlines[1].key: mã hạn bị trùng",
                "deadlines[1].due: ngày hạn phải trong khoảng từ năm trước đến năm sau của chu kỳ");
        JsonNode en = assertProblem(api().put("/api/awards/golden-book/2027/calendar", officer, twice,
                "Accept-Language", "en"), 422, "invalid-calendar");
        assertThat(en.get("errors").get(0).get("message").asString()).isEqualTo("deadline key listed twice");
        assertProblem(api().put("/api/awards/golden-book/2027/calendar", officer,
                "{\"deadlines\":[{\"key\":\"hạn nộp\",\"title\":\"x\",\"due\":\"2027-06-15\"}]}"), 400,
                "validation-failed");
        assertProblem(api().post("/api/awards/golden-book/2027/deadlines/NO_SUCH/done", officer, null), 404,
                "not-found");
        assertThat(statuses(cycle(2027))).containsExactly("DOSSIER OVERDUE", "NOMINATION DUE_SOON",
                "PUBLICATION UPCOMING");
    }
}
