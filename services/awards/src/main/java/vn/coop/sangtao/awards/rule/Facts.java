package vn.coop.sangtao.awards.rule;

import java.util.List;
import java.util.Set;

/**
 * What Sangtao knows about a nominee for one round year: its earlier awards, recognised
 * initiatives, review results, open holds, members (for a collective), activities and the
 * attestations recorded on the proposal. {@code rewarded} holds the achievements (for example
 * {@code initiative:<id>}) already used by the nominee's other proposals.
 */
public record Facts(int year, List<Held> awards, List<InitiativeFact> initiatives, List<ReviewFact> reviews,
                    List<String> openHolds, List<Member> members, int activities, Set<String> attestations,
                    Set<String> rewarded) {

    /** An award the nominee holds; {@code thematic} when it came from a thematic (event) round. */
    public record Held(String award, int year, boolean thematic) {
    }

    public record InitiativeFact(String initiativeId, String title, int year, String level) {

        public String key() {
            return "initiative:" + initiativeId;
        }
    }

    public record ReviewFact(String reviewId, String reviewTitle, String kind, int year, double total,
                             Integer blockRank) {

        public String key() {
            return "review:" + reviewId;
        }
    }

    /** An active member of a collective and the awards they hold in the round's year. */
    public record Member(String personId, Set<String> awardsThisYear) {
    }
}
