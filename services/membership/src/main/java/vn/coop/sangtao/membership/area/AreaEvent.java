package vn.coop.sangtao.membership.area;

import java.time.LocalDate;

/** The events of the area tree, on {@value #TOPIC}. */
public final class AreaEvent {

    public static final String TOPIC = "membership.area.events";
    public static final String DEFINED = "vn.coop.sangtao.area.defined.v1";
    public static final String CLOSED = "vn.coop.sangtao.area.closed.v1";

    private AreaEvent() {
    }

    public record Defined(String areaId, String code, String name, AreaLevel level, String parentId,
                          LocalDate validFrom, LocalDate validTo) {
    }

    public record Closed(String areaId, LocalDate validTo) {
    }
}
