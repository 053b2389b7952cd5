package vn.coop.sangtao.platform.app;

/** The test service's aggregate. */
public record Note(String id, String tenantId, String text, long version) {
}
