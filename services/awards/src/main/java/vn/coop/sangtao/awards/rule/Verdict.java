package vn.coop.sangtao.awards.rule;

import java.util.List;

/** Eligible when every rule passed; each rule says why it passed or not. */
public record Verdict(boolean eligible, List<RuleVerdict> rules) {

    /** The achievements the passing rules rested on: what a granted award uses up. */
    public List<String> achievements() {
        return rules.stream().filter(RuleVerdict::passed).flatMap(r -> r.achievements().stream()).distinct().toList();
    }
}
