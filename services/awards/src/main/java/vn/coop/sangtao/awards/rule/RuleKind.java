package vn.coop.sangtao.awards.rule;

/** What an eligibility rule checks, against the facts Sangtao holds about a nominee. */
public enum RuleKind {
    /** holds {@code award} in the round's year (merit awards ignore thematic rounds' awards) */
    AWARD_IN_YEAR,
    /** holds {@code award} in each of the {@code years} years ending with the round's year */
    CONSECUTIVE_AWARDS,
    /** authored at least one initiative recognised at {@code level} or above, within {@code years} years */
    RECOGNISED_INITIATIVE,
    /** ranked {@code maxRank} or better in its emulation block at a review of the round's year */
    BLOCK_RANK,
    /** scored at least {@code minScore} at a review of the round's year */
    CAMPAIGN_SCORE,
    /** of a collective's active members, at least {@code minShare} (0..1) or {@code minCount} hold {@code award} this year */
    MEMBERS_WITH_AWARD,
    /** an officer attests what Sangtao cannot know, e.g. "every member completed their tasks" ({@code text}) */
    ATTESTATION,
    /** took part in at least {@code minCount} activities in the round's year */
    ATTENDANCE
}
