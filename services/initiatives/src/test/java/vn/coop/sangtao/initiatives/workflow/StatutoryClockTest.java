package vn.coop.sangtao.initiatives.workflow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.initiatives.support.InitiativesApi;
import vn.coop.sangtao.platform.test.MovableClock;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/** The three-month clock of Decree 13/2012, read on a clock the test moves. */
@ServiceTest
@Import(StatutoryClockTest.MovableClockConfig.class)
class StatutoryClockTest extends InitiativesApi {

    @TestConfiguration
    static class MovableClockConfig {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.parse("2026-03-02T03:00:00Z"));
        }
    }

    @Autowired
    MovableClock clock;

    @Test
    void shouldListWhatIsOverdueAndWhatFallsDueSoonFromTheDayOfAcceptance() {
        String officer = bearer("clock-test", "officer", "EMULATION_OFFICER");
        String unit = knownUnit("clock-test", "HTX Rau an toàn Yên Mô");
        String early = ok(create(officer, unit, "Nhà màng trồng rau", true), 201).get("id").asString();
        JsonNode accepted = step(officer, early, "accept", null);
        assertThat(accepted.get("acceptedOn").asString()).isEqualTo("2026-03-02");
        assertThat(accepted.get("decisionDue").asString()).isEqualTo("2026-06-02");

        clock.advance(Duration.ofDays(60));
        String later = ok(create(officer, unit, "Tưới nhỏ giọt tự động", true), 201).get("id").asString();
        step(officer, later, "accept", null);
        assertThat(ids(officer, 0)).isEmpty();
        assertThat(ids(officer, 31)).isEmpty();
        assertThat(ids(officer, 32)).containsExactly(early);

        clock.advance(Duration.ofDays(40));
        JsonNode clockList = ok(api().get("/api/initiatives/clock?dueWithinDays=60", officer), 200);
        assertThat(clockList.get(0).get("initiativeId").asString()).isEqualTo(early);
        assertThat(clockList.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(clockList.get(0).get("daysLeft").asLong()).isEqualTo(-8);
        assertThat(clockList.get(1).get("initiativeId").asString()).isEqualTo(later);
        assertThat(clockList.get(1).get("overdue").asBoolean()).isFalse();

        step(officer, early, "decision", "{\"recognised\":false,\"reasons\":\"Không có tính mới\"}");
        assertThat(ids(officer, 60)).containsExactly(later);
    }

    private List<String> ids(String officer, int days) {
        return texts(ok(api().get("/api/initiatives/clock?dueWithinDays=" + days, officer), 200), "initiativeId");
    }
}
