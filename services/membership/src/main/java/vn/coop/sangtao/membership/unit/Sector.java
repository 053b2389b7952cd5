package vn.coop.sangtao.membership.unit;

/** The trade a member unit works in. */
public enum Sector {
    AGRICULTURE, HANDICRAFT, TRADE_SERVICES, TRANSPORT, CONSTRUCTION, CREDIT, OTHER
}
