package vn.coop.sangtao.platform.security;

/**
 * The roles of DOMAIN.md, as Spring Security expressions for {@code @PreAuthorize}, so that every
 * service spells an access rule the same way.
 */
public final class Roles {

    public static final String STAFF =
            "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER')";
    public static final String STAFF_OR_NATIONAL =
            "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','NATIONAL_OFFICER')";
    public static final String MEMBERS =
            "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','UNIT_REP','MEMBER','COUNCIL_MEMBER','NATIONAL_OFFICER')";
    public static final String SUBMITTERS =
            "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','UNIT_REP','MEMBER')";
    public static final String UNIT_MANAGERS =
            "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','UNIT_REP')";
    public static final String TENANT_ADMIN = "hasRole('TENANT_ADMIN')";
    /** Who may read endpoints, the delivery log and the event feed: the alliance's admin and its machine clients. */
    public static final String INTEGRATION_READERS = "hasAnyRole('TENANT_ADMIN','INTEGRATION')";
    public static final String OPERATORS = "hasAnyRole('PLATFORM_ADMIN','TENANT_ADMIN')";

    private Roles() {
    }
}
