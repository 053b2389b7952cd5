package vn.coop.sangtao.membership.tenant;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of membership record that moves when one tenant is merged into another. The merge first
 * asks every participant for conflicts, and moves nothing unless there are none.
 */
public interface MergeParticipant {

    /** The name counted in the merge event, such as {@code units}. */
    String records();

    /** Why the records of {@code from} cannot join {@code into}, e.g. a tax code both have; empty when they can. */
    default List<String> conflicts(String from, String into) {
        return List.of();
    }

    /** How many records the current tenant holds. */
    long count();

    /** Moves every record of {@code from} (the current tenant) to {@code into}; answers how many moved. */
    long moveAll(String into, LocalDate effectiveOn);
}
