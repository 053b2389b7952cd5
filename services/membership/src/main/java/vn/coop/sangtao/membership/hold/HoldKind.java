package vn.coop.sangtao.membership.hold;

/** Kỷ luật, đang thanh tra/kiểm tra, đang có khiếu nại. */
public enum HoldKind { DISCIPLINE, INSPECTION, PENDING_COMPLAINT }
