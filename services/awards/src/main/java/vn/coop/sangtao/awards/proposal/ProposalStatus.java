package vn.coop.sangtao.awards.proposal;

/**
 * draft → submitted → voting → approved | rejected; an approved proposal is then decided, or
 * forwarded to a higher level. RECEIVED is a forwarded proposal as the national alliance holds it.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, VOTING, APPROVED, REJECTED, DECIDED, FORWARDED, RECEIVED
}
