package vn.coop.sangtao.awards.catalogue;

/**
 * Who may grant an award: the alliance itself, the provincial People's Committee (an outside body:
 * the proposal is forwarded and its outcome recorded), or the national level (the proposal goes to
 * the national alliance's tenant, which decides).
 */
public enum GrantingLevel {
    ALLIANCE, PROVINCE, NATIONAL
}
