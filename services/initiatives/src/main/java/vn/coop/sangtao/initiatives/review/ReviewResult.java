package vn.coop.sangtao.initiatives.review;

import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.Reviewer;
import vn.coop.sangtao.initiatives.initiative.Scores;

import java.util.List;

/**
 * The council's result, showing its working: each reviewer's marks and their weighted total, the
 * weights used, the mean of the totals and whether it reaches the pass mark.
 */
public record ReviewResult(List<Line> reviews, Rubric rubric, int scored, int recused, int pending, Double mean,
                           boolean enoughReviews, Boolean passed, String formula) {

    /** One reviewer's line; name and marks are null when the caller may not see who reviewed. */
    public record Line(String reviewerName, Reviewer.ReviewerState state, Scores scores, Double weighted,
                       String recusalReason) {
    }

    public static ReviewResult of(Initiative initiative, Rubric rubric) {
        List<Line> lines = initiative.reviewers().stream()
                .map(r -> new Line(r.name(), r.state(), r.scores(), r.scores() == null ? null : rubric.weigh(r.scores()),
                        r.recusalReason()))
                .toList();
        List<Double> totals = lines.stream().map(Line::weighted).filter(w -> w != null).toList();
        Double mean = totals.isEmpty() ? null
                : Math.round(totals.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 100) / 100.0;
        int recused = (int) lines.stream().filter(l -> l.state() == Reviewer.ReviewerState.RECUSED).count();
        boolean enough = totals.size() >= rubric.minimumReviews();
        String formula = "total = (novelty × %d + applicability × %d + effectiveness × %d) / 100; mean of totals; pass at %s"
                .formatted(rubric.noveltyWeight(), rubric.applicabilityWeight(), rubric.effectivenessWeight(),
                        rubric.passMark());
        return new ReviewResult(lines, rubric, totals.size(), recused, lines.size() - totals.size() - recused, mean,
                enough, mean == null ? null : mean >= rubric.passMark(), formula);
    }
}
