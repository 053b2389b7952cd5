package vn.coop.sangtao.awards.round;

import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.rule.Verdict;

/** A candidate a round suggests from the facts, with why, and how the award type's rules judge it today. */
public record Suggestion(Nominee nominee, String awardCode, String awardName, String reason, Verdict verdict) {
}
