package vn.coop.sangtao.contracts;

import java.util.List;

/**
 * Kafka header names of a Sangtao event: CloudEvents 1.0 in binary mode, plus the tenant extension
 * and W3C trace context. Producers set them explicitly; consumers read the tenant and the event id.
 */
public final class EventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String TENANT = "ce_tenantid";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /** Headers every event carries; traceparent is added when a trace is active. */
    public static final List<String> REQUIRED =
            List.of(SPEC_VERSION, ID, SOURCE, TYPE, SUBJECT, TIME, TENANT, CONTENT_TYPE);

    private EventHeaders() {
    }
}
