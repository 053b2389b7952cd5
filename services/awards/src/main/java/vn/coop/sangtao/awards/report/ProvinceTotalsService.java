package vn.coop.sangtao.awards.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.config.AwardsProperties;
import vn.coop.sangtao.platform.document.DocumentProperties;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The national alliance's view of the awards its provinces granted in a year: count and amount per
 * province, then the total. The rows are kept in the national tenant from the provinces' events
 * ({@link ProvinceTotalsRepository}); to any other tenant the report does not exist (404).
 */
@Service
@EnableConfigurationProperties({AwardsProperties.class, DocumentProperties.class})
public class ProvinceTotalsService {

    private final ProvinceTotalsRepository rows;
    private final AwardsProperties awards;
    private final DocumentProperties documents;
    private final String nationalTenant;

    ProvinceTotalsService(ProvinceTotalsRepository rows, AwardsProperties awards, DocumentProperties documents,
                          @Value("${sangtao.national-tenant:vca}") String nationalTenant) {
        this.rows = rows;
        this.awards = awards;
        this.documents = documents;
        this.nationalTenant = nationalTenant;
    }

    /**
     * Counts an award a province announced it granted (award.granted) into the national tenant's
     * rows. The national alliance's own awards are not a province's and stay out.
     */
    public void countGranted(String province, String awardId, int year, double amountMultiple) {
        if (nationalTenant.equals(province)) {
            return;
        }
        long thousandths = Math.round(amountMultiple * 1000);
        TenantContext.runAs(nationalTenant, () -> rows.count(awardId, province, year, thousandths));
    }

    /** The year's totals per province, each named as its alliance is printed, then the grand total. */
    public TotalsReport provinces(int year) {
        if (!nationalTenant.equals(TenantContext.require())) {
            throw ApiProblem.notFound("report", "provinces");
        }
        List<TotalsRow> lines = new ArrayList<>();
        long count = 0;
        long thousandths = 0;
        for (ProvinceTotalsRepository.ProvinceCount row : rows.ofYear(year)) {
            lines.add(new TotalsRow(TotalsGroup.PROVINCE, row.province(), documents.allianceName(row.province()),
                    row.count(), awards.amountVndOfThousandths(row.thousandths())));
            count += row.count();
            thousandths += row.thousandths();
        }
        lines.add(new TotalsRow(TotalsGroup.TOTAL, null, TotalsGroup.TOTAL.label(), count,
                awards.amountVndOfThousandths(thousandths)));
        return new TotalsReport(year, awards.baseSalaryVnd(), lines);
    }
}
