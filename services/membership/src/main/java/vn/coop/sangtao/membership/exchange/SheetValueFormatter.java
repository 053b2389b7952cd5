package vn.coop.sangtao.membership.exchange;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;

/**
 * Turns numeric cells into text the import can parse whatever the cell's display format: a date
 * cell becomes {@code yyyy-MM-dd} (not "3/15/04" as an English display format would show it), any
 * other number its plain digits, so a tax code typed as a number is not "2.7E+09".
 */
final class SheetValueFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
                                        boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
