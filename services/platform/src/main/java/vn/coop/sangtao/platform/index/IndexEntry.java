package vn.coop.sangtao.platform.index;

/** What an in-memory index knows of every entry: whose it is, of which tenant, at which version. */
public interface IndexEntry {

    String id();

    String tenantId();

    long version();
}
