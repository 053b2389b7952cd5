package vn.coop.sangtao.awards.rule;

import java.util.List;

/**
 * How one rule went, said in Vietnamese and English, with the achievements it rested on (for
 * example {@code initiative:<id>}), so that a verdict explains itself.
 */
public record RuleVerdict(Rule rule, boolean passed, String explanation, String explanationEn,
                          List<String> achievements) {
}
