package vn.coop.sangtao.membership.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of imports and exports, so that one upload or download cannot exhaust the service.
 *
 * @param maxImportSize the largest sheet accepted (413 above it)
 * @param maxImportRows the most data rows an import reads (413 above it)
 * @param maxExportRows the most rows an export writes; a larger result asks for a narrower filter (422)
 */
@ConfigurationProperties("sangtao.membership.exchange")
public record ExchangeProperties(@DefaultValue("10MB") DataSize maxImportSize,
                                 @DefaultValue("20000") int maxImportRows,
                                 @DefaultValue("50000") int maxExportRows) {
}
