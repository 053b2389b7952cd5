package vn.coop.sangtao.awards.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The base salary (mức lương cơ sở) that award amounts are multiples of, in đồng: 2,340,000 since
 * 1 July 2024 (Decree 73/2024). It changes by decree, so it is configuration
 * ({@code sangtao.awards.base-salary-vnd}).
 */
@ConfigurationProperties("sangtao.awards")
public record AwardsProperties(@DefaultValue("2340000") long baseSalaryVnd) {

    /** {@code thousandths} thousandths of the base salary, to the đồng (multiples added up exactly). */
    public long amountVndOfThousandths(long thousandths) {
        return BigDecimal.valueOf(thousandths).multiply(BigDecimal.valueOf(baseSalaryVnd))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code multiple} × the base salary, to the đồng. */
    public long amountVnd(double multiple) {
        return BigDecimal.valueOf(multiple).multiply(BigDecimal.valueOf(baseSalaryVnd))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
