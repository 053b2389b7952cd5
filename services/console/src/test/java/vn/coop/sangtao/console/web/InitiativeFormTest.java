package vn.coop.sangtao.console.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativeFormTest {

    @Test
    void shouldTurnTheFormIntoTheServicesJsonLeavingEmptyAuthorRowsOut() {
        Map<String, Object> body = InitiativeForm.body(Map.ofEntries(Map.entry("kind", "INITIATIVE"),
                Map.entry("title", "  Sấy lúa  "), Map.entry("summary", "Giảm chi phí"), Map.entry("year", "2026"),
                Map.entry("applyingUnitId", "u1"), Map.entry("economicBenefitVnd", "180.000.000"),
                Map.entry("author0", "UNIT:u1"), Map.entry("share0", "60"), Map.entry("author1", ""),
                Map.entry("author2", "PERSON:p7:u1"), Map.entry("share2", "40")));

        assertThat(body).containsEntry("title", "Sấy lúa").containsEntry("year", 2026L)
                .containsEntry("economicBenefitVnd", 180_000_000L).containsEntry("confidential", false)
                .doesNotContainKey("solution");
        assertThat(body.get("authors")).isEqualTo(List.of(
                Map.of("kind", "UNIT", "refId", "u1", "contribution", 60L),
                Map.of("kind", "PERSON", "refId", "p7", "unitId", "u1", "contribution", 40L)));
    }

    @Test
    void shouldPassAMistypedNumberOnSoThatTheServiceNamesTheField() {
        Map<String, Object> body = InitiativeForm.body(Map.of("year", "hai nghìn", "author0", "UNIT:u1",
                "share0", "một trăm"));

        assertThat(body.get("year")).isEqualTo("hai nghìn");
        assertThat(((List<?>) body.get("authors")).get(0)).isEqualTo(
                Map.of("kind", "UNIT", "refId", "u1", "contribution", "một trăm"));
    }
}
