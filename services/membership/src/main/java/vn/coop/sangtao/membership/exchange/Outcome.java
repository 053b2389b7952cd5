package vn.coop.sangtao.membership.exchange;

/** What an import did, or in a dry run would do, with one valid row. */
enum Outcome {
    CREATED, UPDATED, UNCHANGED
}
