package vn.coop.sangtao.awards.report;

/** What a totals row adds up, with the heading the XLSX prints for it. */
public enum TotalsGroup {
    AWARD("Hình thức khen thưởng"),
    ROUND("Đợt khen thưởng"),
    BLOCK("Khối thi đua"),
    AREA("Địa bàn"),
    /** The national alliance's report: a province (its tenant) that granted the awards. */
    PROVINCE("Tỉnh, thành phố"),
    TOTAL("Tổng cộng");

    private final String label;

    TotalsGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
