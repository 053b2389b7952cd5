package vn.coop.sangtao.awards.council;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's emulation and commendation council (hội đồng thi đua, khen thưởng) and its voting
 * rules. Quorum and pass marks are shares of the council's total membership, not of those present,
 * and they are configuration because the legal text changes: by default two thirds for a quorum, half
 * to pass, and 90 % for high titles.
 */
public record AwardCouncil(String id, String tenantId, List<CouncilMember> members, double quorumShare,
                           double passShare, double highTitlePassShare, long version) {

    /** One council per tenant, so its id is the tenant's. */
    static String idFor(String tenantId) {
        return tenantId + ":council";
    }
    public static final double DEFAULT_QUORUM = 2.0 / 3;
    public static final double DEFAULT_PASS = 0.5;
    public static final double DEFAULT_HIGH_TITLE_PASS = 0.9;

    static AwardCouncil of(String tenantId, List<CouncilMember> members, Double quorum, Double pass, Double highTitle,
                           long version) {
        AwardCouncil council = new AwardCouncil(idFor(tenantId), tenantId, List.copyOf(members),
                quorum == null ? DEFAULT_QUORUM : quorum, pass == null ? DEFAULT_PASS : pass,
                highTitle == null ? DEFAULT_HIGH_TITLE_PASS : highTitle, version);
        council.check();
        return council;
    }

    private void check() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).username())) {
                problems.add(new FieldProblem("members[" + i + "].username", "duplicateMember"));
            }
        }
        share("quorumShare", quorumShare, problems);
        share("passShare", passShare, problems);
        share("highTitlePassShare", highTitlePassShare, problems);
        if (!problems.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-council", problems);
        }
    }

    private static void share(String field, double value, List<FieldProblem> problems) {
        if (value <= 0 || value > 1) {
            problems.add(new FieldProblem(field, "shareRange"));
        }
    }
}
