package vn.coop.sangtao.gateway.web;

/** The RFC 9457 body the whole suite answers with, plus the stable {@code code} and the trace id. */
record Problem(String type, String title, int status, String detail, String instance, String code,
               String traceId) {
}
