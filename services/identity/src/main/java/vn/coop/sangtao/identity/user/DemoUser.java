package vn.coop.sangtao.identity.user;

/** One account of the demo data set; all share {@link DemoSeed#DEMO_PASSWORD}. */
record DemoUser(String username, String displayName, String tenant, Role role) {
}
