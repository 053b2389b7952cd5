package vn.coop.sangtao.awards.rule;

/**
 * One eligibility rule of an award type, as data: its kind and the parameters that kind reads.
 * For example {@code {"kind":"CONSECUTIVE_AWARDS","award":"CSTDCS","years":3}}.
 */
public record Rule(RuleKind kind, String award, Integer years, String level, Integer maxRank, Double minScore,
                   Double minShare, Integer minCount, String text) {

    public static Rule of(RuleKind kind) {
        return new Rule(kind, null, null, null, null, null, null, null, null);
    }

    /** The key an officer's attestation of this rule is recorded under. */
    public String attestationKey() {
        return text == null ? kind.name() : text;
    }
}
