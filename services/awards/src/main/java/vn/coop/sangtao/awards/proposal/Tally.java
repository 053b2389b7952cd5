package vn.coop.sangtao.awards.proposal;

import java.util.List;

/**
 * The count of a council vote, auditable without revealing any ballot: who voted and whether in
 * writing, how many said yes and no, and the marks, all counted on the council's total membership.
 */
public record Tally(int members, List<Voter> voters, int yes, int no, int quorumNeeded, int passNeeded,
                    boolean quorum, boolean passed) {

    /** A member who voted, in the meeting or in writing; never how. */
    public record Voter(String username, boolean written) {
    }

    static Tally count(int members, List<Voter> voters, int yes, double quorumShare, double passShare) {
        int quorumNeeded = atLeast(quorumShare, members);
        int passNeeded = atLeast(passShare, members);
        boolean quorum = voters.size() >= quorumNeeded;
        return new Tally(members, List.copyOf(voters), yes, voters.size() - yes, quorumNeeded, passNeeded, quorum,
                quorum && yes >= passNeeded);
    }

    /** The smallest whole number of members that is at least {@code share} of {@code members}. */
    static int atLeast(double share, int members) {
        return (int) Math.ceil(share * members - 1e-9);
    }
}
