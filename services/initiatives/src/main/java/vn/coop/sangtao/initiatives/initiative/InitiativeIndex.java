package vn.coop.sangtao.initiatives.initiative;

import vn.coop.sangtao.initiatives.similarity.TrigramSet;
import vn.coop.sangtao.platform.index.FirstInOrder;
import vn.coop.sangtao.platform.index.TenantEntries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every initiative's searchable fields, held in memory so that a search, a duplicate check at
 * submission or the statutory-clock list filters and sorts without a query that the embedded store
 * could only answer by reading the whole collection. It is a copy: loaded from the store at start,
 * written through by this instance's own changes, and told of every other instance's by the
 * initiatives' events, each of which reloads the initiative ({@link TenantEntries}). Text searches
 * skip the texts whose {@link TextSketch} rules the phrase out; duplicate candidates come from
 * {@link TitlePostings}.
 */
final class InitiativeIndex {

    /** A page of ids in the search's order, and how many initiatives the search finds. */
    record Hits(List<String> ids, long total) {
    }

    /** An initiative whose title is like the one looked for, and how like (Dice's coefficient of trigrams). */
    record TitleMatch(String id, double titleScore) {
    }

    /** The orders a search can be read in, by the stored field's name. */
    enum Order {
        submittedAt(InitiativeEntry::submittedAt), titleKey(InitiativeEntry::titleKey), year(e -> e.year()),
        createdAt(InitiativeEntry::createdAt);

        private final Comparator<InitiativeEntry> field;

        <T extends Comparable<? super T>> Order(Function<InitiativeEntry, T> value) {
            this.field = (a, b) -> FirstInOrder.nullsFirst(value.apply(a), value.apply(b));
        }

        /** The field's order (missing values first when ascending), then the id ascending, so pages never overlap. */
        Comparator<InitiativeEntry> comparator(boolean descending) {
            int way = descending ? -1 : 1;
            return (a, b) -> {
                int byField = way * field.compare(a, b);
                return byField != 0 ? byField : a.id().compareTo(b.id());
            };
        }
    }

    private final TenantEntries<InitiativeEntry> entries = new TenantEntries<>();
    private final TitlePostings titles = new TitlePostings();

    /** Keeps {@code entry} unless a later version of its initiative is already here. */
    synchronized void put(InitiativeEntry entry) {
        InitiativeEntry previous = entries.get(entry.id());
        entries.put(entry);
        if (entries.get(entry.id()) == entry) {
            titles.put(previous, entry);
        }
    }

    int size() {
        return entries.size();
    }

    /**
     * The tenant's initiatives that pass {@code filter}; {@code foldedText} (accent-folded) must be in
     * their title, summary or solution, and {@code unitsOfArea}, when not null, holds the applying units
     * allowed.
     */
    Hits search(String tenantId, InitiativeFilter filter, String foldedText, Set<String> unitsOfArea,
                Comparator<InitiativeEntry> order, int page, int size) {
        List<InitiativeEntry> found = new ArrayList<>();
        TextSketch.Probe phrase = foldedText == null ? null : TextSketch.Probe.of(foldedText);
        for (InitiativeEntry entry : entries.of(tenantId)) {
            if (entry.matches(filter, foldedText, phrase, unitsOfArea)) {
                found.add(entry);
            }
        }
        long from = (long) page * size;
        if (from >= found.size()) {
            return new Hits(List.of(), found.size());
        }
        List<InitiativeEntry> first = FirstInOrder.of(found, order, (int) Math.min(found.size(), from + size));
        return new Hits(first.subList((int) from, first.size()).stream().map(InitiativeEntry::id).toList(),
                found.size());
    }

    /**
     * Submitted initiatives (no drafts, no merged duplicates) whose titles are at least {@code floor} like {@code title}, the
     * most alike first, at most {@code limit}; of {@code tenantId} only, or of every tenant when it is null.
     */
    List<TitleMatch> similarTitles(String tenantId, TrigramSet title, String excludeId, double floor, int limit) {
        return titles.alike(tenantId, title, excludeId, floor, limit);
    }

    /** The tenant's initiatives under review whose decision is due by {@code until}, earliest first. */
    List<String> dueBy(String tenantId, LocalDate until, int limit) {
        return entries.of(tenantId).stream()
                .filter(e -> e.status() == InitiativeStatus.UNDER_REVIEW && e.decisionDue() != null
                        && !e.decisionDue().isAfter(until))
                .sorted(Comparator.comparing(InitiativeEntry::decisionDue).thenComparing(InitiativeEntry::id))
                .limit(limit)
                .map(InitiativeEntry::id)
                .toList();
    }
}
