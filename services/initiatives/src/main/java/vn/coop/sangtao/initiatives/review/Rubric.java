package vn.coop.sangtao.initiatives.review;

import vn.coop.sangtao.initiatives.initiative.Scores;
import vn.coop.sangtao.platform.problem.ApiProblem;

/**
 * A tenant's review rubric: the weights (in percent, summing to 100) of novelty, applicability and
 * effectiveness, the pass mark out of 100, how many scored reviews a decision needs, and whether
 * reviews are blind unless the officer says otherwise.
 */
public record Rubric(int noveltyWeight, int applicabilityWeight, int effectivenessWeight, double passMark,
                     int minimumReviews, boolean blindByDefault) {

    public static final Rubric DEFAULT = new Rubric(30, 40, 30, 70, 3, false);

    public Rubric {
        if (noveltyWeight < 0 || applicabilityWeight < 0 || effectivenessWeight < 0
                || noveltyWeight + applicabilityWeight + effectivenessWeight != 100) {
            throw ApiProblem.rule("weights-must-sum-to-100", noveltyWeight + applicabilityWeight + effectivenessWeight);
        }
    }

    /** One reviewer's marks combined with the weights, out of 100. */
    public double weigh(Scores scores) {
        return (scores.novelty() * noveltyWeight + scores.applicability() * applicabilityWeight
                + scores.effectiveness() * effectivenessWeight) / 100.0;
    }
}
