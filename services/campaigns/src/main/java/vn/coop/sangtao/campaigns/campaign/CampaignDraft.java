package vn.coop.sangtao.campaigns.campaign;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an officer writes into a campaign while it is a draft. */
public record CampaignDraft(String code, String title, List<LegalDocument> legalBasis, LocalDate periodStart,
                            LocalDate periodEnd, List<Content> contents, Scope scope, List<Criterion> criteria) {

    public CampaignDraft {
        code = code.trim();
        title = title.trim();
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        contents = contents == null ? List.of() : List.copyOf(contents);
        scope = scope == null ? Scope.WHOLE_ALLIANCE : scope;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** Refuses, field by field, a period that ends before it starts and a contents list or scoring tree that does not hold together. */
    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (periodEnd.isBefore(periodStart)) {
            problems.add(new FieldProblem("periodEnd", "endBeforeStart"));
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < contents.size(); i++) {
            if (!numbers.add(contents.get(i).number())) {
                problems.add(new FieldProblem("contents[" + i + "].number", "duplicateNumber"));
            }
        }
        checkCriteria(criteria, "criteria", numbers, new HashSet<>(), problems);
        if (!problems.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-campaign", problems);
        }
    }

    private static void checkCriteria(List<Criterion> nodes, String path, Set<Integer> contentNumbers,
                                      Set<String> codes, List<FieldProblem> problems) {
        for (int i = 0; i < nodes.size(); i++) {
            Criterion node = nodes.get(i);
            String at = path + "[" + i + "]";
            if (!codes.add(node.code())) {
                problems.add(new FieldProblem(at + ".code", "duplicateCode"));
            }
            if (node.contentNumber() != null && !contentNumbers.contains(node.contentNumber())) {
                problems.add(new FieldProblem(at + ".contentNumber", "unknownContent"));
            }
            if (node.leaf()) {
                if (node.points() <= 0) {
                    problems.add(new FieldProblem(at + ".points", "positivePoints"));
                }
                if (node.activity() != null && node.activity().atLeast() < 1) {
                    problems.add(new FieldProblem(at + ".activity.atLeast", "positiveCount"));
                }
            } else {
                if (node.bonus() || node.activity() != null) {
                    problems.add(new FieldProblem(at, "groupNotScored"));
                }
                checkCriteria(node.children(), at + ".children", contentNumbers, codes, problems);
            }
        }
    }
}
