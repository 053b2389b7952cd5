package vn.coop.sangtao.awards.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Adds up counted awards into the report's rows: by type, round, block and area, then the grand total. */
public final class Totals {

    static final String OUTSIDE_ROUND = "Ngoài đợt (ghi nhận trước Sangtao)";
    static final String NO_BLOCK = "Chưa xếp khối";
    static final String NO_AREA = "Chưa xác định địa bàn";

    private Totals() {
    }

    public static List<TotalsRow> of(List<CountedAward> awards) {
        List<TotalsRow> rows = new ArrayList<>();
        rows.addAll(group(awards, TotalsGroup.AWARD, CountedAward::award, CountedAward::awardName));
        rows.addAll(group(awards, TotalsGroup.ROUND, CountedAward::roundId,
                a -> a.roundId() == null ? OUTSIDE_ROUND : a.roundName()));
        rows.addAll(group(awards, TotalsGroup.BLOCK, CountedAward::blockId,
                a -> a.blockId() == null ? NO_BLOCK : a.blockId()));
        rows.addAll(group(awards, TotalsGroup.AREA, CountedAward::areaId,
                a -> a.areaId() == null ? NO_AREA : a.areaId()));
        rows.add(new TotalsRow(TotalsGroup.TOTAL, null, TotalsGroup.TOTAL.label(), awards.size(),
                awards.stream().mapToLong(CountedAward::amountVnd).sum()));
        return rows;
    }

    private static List<TotalsRow> group(List<CountedAward> awards, TotalsGroup group,
                                         Function<CountedAward, String> key, Function<CountedAward, String> name) {
        Map<String, TotalsRow> rows = new LinkedHashMap<>();
        for (CountedAward a : awards) {
            String k = key.apply(a);
            TotalsRow seen = rows.get(k);
            rows.put(k, seen == null ? new TotalsRow(group, k, name.apply(a), 1, a.amountVnd())
                    : new TotalsRow(group, k, seen.name(), seen.count() + 1, seen.amountVnd() + a.amountVnd()));
        }
        return rows.values().stream().sorted(Comparator.comparing(TotalsRow::key,
                Comparator.nullsLast(Comparator.<String>naturalOrder()))).toList();
    }
}
