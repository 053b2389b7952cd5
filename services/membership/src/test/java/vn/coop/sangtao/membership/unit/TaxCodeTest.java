package vn.coop.sangtao.membership.unit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TaxCodeTest {

    private final Random random = new Random(20250701L);

    @Test
    void shouldAcceptRealTaxCodesWhenTheirCheckDigitIsRight() {
        assertThat(TaxCode.isValid("0100109106")).isTrue();
        assertThat(TaxCode.isValid("0100109106-001")).isTrue();
    }

    @Test
    void shouldRejectCodesWhenTheShapeIsWrong() {
        assertThat(TaxCode.isValid(null)).isFalse();
        assertThat(TaxCode.isValid("010010910")).isFalse();
        assertThat(TaxCode.isValid("01001091061")).isFalse();
        assertThat(TaxCode.isValid("0100109106-01")).isFalse();
        assertThat(TaxCode.isValid("0100109106-000")).isFalse();
        assertThat(TaxCode.isValid("01001O9106")).isFalse();
    }

    @RepeatedTest(200)
    void shouldAcceptExactlyOneLastDigitWhenNineDigitsAdmitACode() {
        String nine = String.format("%09d", random.nextInt(1_000_000_000));
        int check = TaxCode.checkDigit(nine);
        long valid = java.util.stream.IntStream.range(0, 10).filter(d -> TaxCode.isValid(nine + d)).count();
        assertThat(valid).isEqualTo(check < 10 ? 1 : 0);
        if (check < 10) {
            assertThat(TaxCode.isValid(nine + check + "-" + String.format("%03d", 1 + random.nextInt(999)))).isTrue();
        }
    }

    @RepeatedTest(200)
    void shouldRejectACodeWhenOneOfItsFirstNineDigitsChanges() {
        String nine = String.format("%09d", random.nextInt(1_000_000_000));
        int check = TaxCode.checkDigit(nine);
        if (check == 10) {
            return;
        }
        int position = random.nextInt(9);
        char original = nine.charAt(position);
        char other = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
        String changed = nine.substring(0, position) + other + nine.substring(position + 1);
        assertThat(TaxCode.isValid(changed + check)).isFalse();
    }
}
