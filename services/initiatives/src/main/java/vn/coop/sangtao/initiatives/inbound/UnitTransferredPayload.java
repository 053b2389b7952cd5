package vn.coop.sangtao.initiatives.inbound;

/** The fields of vn.coop.sangtao.unit.transferred.v1 that initiatives uses. */
record UnitTransferredPayload(String unitId, String fromTenantId, String name, String status) {
}
