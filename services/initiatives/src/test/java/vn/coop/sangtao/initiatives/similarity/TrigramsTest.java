package vn.coop.sangtao.initiatives.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrigramsTest {

    @Test
    void shouldFindVietnameseTextWithAndWithoutAccentsTheSame() {
        assertThat(Trigrams.dice(Trigrams.of("Mô hình trồng lúa hữu cơ"), Trigrams.of("mo hinh trong lua huu co")))
                .isEqualTo(1.0);
    }

    @Test
    void shouldScoreARewordedTitleAboveAnUnrelatedOne() {
        var original = Trigrams.of("Mô hình trồng lúa hữu cơ liên kết tiêu thụ");
        double reworded = Trigrams.dice(original, Trigrams.of("Trồng lúa hữu cơ theo mô hình liên kết"));
        double unrelated = Trigrams.dice(original, Trigrams.of("Truy xuất nguồn gốc mật ong bằng mã QR"));
        assertThat(reworded).isGreaterThan(0.6);
        assertThat(unrelated).isLessThan(0.2);
    }
}
