package vn.coop.sangtao.initiatives.review;

import vn.coop.sangtao.initiatives.council.Council;
import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.AuthorKind;
import vn.coop.sangtao.initiatives.initiative.Initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conflict-of-interest rule of DOMAIN.md: a reviewer who is an author, or belongs to an author's
 * unit, is excluded, and the reason is shown.
 */
public final class ConflictOfInterest {

    /** Why a member was excluded: {@code AUTHOR}, or {@code AUTHOR_UNIT} with the author whose unit they share. */
    public record Exclusion(String personId, String name, Reason reason, String authorName) {
    }

    public enum Reason { AUTHOR, AUTHOR_UNIT }

    public record Screened(List<Council.CouncilMember> cleared, List<Exclusion> excluded) {
    }

    private ConflictOfInterest() {
    }

    public static Screened screen(Initiative initiative, List<Council.CouncilMember> candidates) {
        Set<String> authorPeople = initiative.authors().stream().filter(a -> a.kind() == AuthorKind.PERSON)
                .map(Author::refId).collect(Collectors.toSet());
        List<Council.CouncilMember> cleared = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (Council.CouncilMember member : candidates) {
            if (authorPeople.contains(member.personId())) {
                excluded.add(new Exclusion(member.personId(), member.name(), Reason.AUTHOR, member.name()));
                continue;
            }
            Author sameUnit = initiative.authors().stream().filter(a -> member.unitId() != null
                    && member.unitId().equals(a.kind() == AuthorKind.UNIT ? a.refId() : a.unitId()))
                    .findFirst().orElse(null);
            if (sameUnit != null) {
                excluded.add(new Exclusion(member.personId(), member.name(), Reason.AUTHOR_UNIT, sameUnit.name()));
                continue;
            }
            cleared.add(member);
        }
        return new Screened(cleared, excluded);
    }
}
