package vn.coop.sangtao.awards.goldenbook;

/**
 * What awards knows of an initiative's way to the Golden Book from the initiatives service's
 * events: the year it was marked typical, the year it was nominated, how it was described then, and
 * the national alliance's decision ({@code nationalOutcome} null until it decided).
 */
public record KnownWork(String id, Integer typicalYear, Integer nominatedYear, String title, String kind,
                        String level, WorkOutcome nationalOutcome, String publishedIn) {

    /** The year of the book that published it, when one did. */
    public Integer publishedYear() {
        if (nationalOutcome != WorkOutcome.PUBLISHED) {
            return null;
        }
        return nominatedYear != null ? nominatedYear : typicalYear;
    }
}
