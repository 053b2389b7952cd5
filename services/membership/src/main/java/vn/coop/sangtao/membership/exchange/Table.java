package vn.coop.sangtao.membership.exchange;

import java.util.List;

/** An uploaded sheet as read: its header row and the non-blank data rows below it. */
public record Table(SheetRow header, List<SheetRow> rows) {
}
