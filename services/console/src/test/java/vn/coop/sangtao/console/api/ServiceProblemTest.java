package vn.coop.sangtao.console.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProblemTest {

    @Test
    void shouldTakeTheServicesWordsAndPlaceEachFieldsMessage() {
        ServiceProblem problem = ServiceProblem.of(422, Map.of("title", "Danh sách tác giả không hợp lệ",
                "detail", "Tỷ lệ đóng góp phải cộng lại bằng 100%", "code", "invalid-authors",
                "errors", List.of(Map.of("field", "authors[0].contribution", "message", "phải từ 1 đến 100"),
                        Map.of("field", "title", "message", "không được để trống"))));

        assertThat(problem.title()).isEqualTo("Danh sách tác giả không hợp lệ");
        assertThat(problem.detail()).isEqualTo("Tỷ lệ đóng góp phải cộng lại bằng 100%");
        assertThat(problem.fieldError("title")).isEqualTo("không được để trống");
        assertThat(problem.fieldError("authors")).isEqualTo("phải từ 1 đến 100");
        assertThat(problem.fieldError("summary")).isNull();
    }

    @Test
    void shouldStillBeAProblemWhenTheAnswerWasNotProblemJson() {
        ServiceProblem problem = ServiceProblem.of(502, Map.of());

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.title()).isNull();
        assertThat(problem.fieldErrors()).isEmpty();
    }
}
