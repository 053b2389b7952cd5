package vn.coop.sangtao.initiatives.initiative;

import vn.coop.sangtao.initiatives.similarity.TrigramSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * For each trigram, the initiatives whose titles hold it. Duplicate detection counts the trigrams
 * every title shares with the one looked for by walking the lists of that title's few dozen
 * trigrams; with each title's size that gives its likeness without reading the title. Comparing every
 * title of the tenant instead cost about a microsecond each (mostly cache misses), so each
 * submission's duplicate check grew with the tenant: at 50,000 initiatives it was most of a core's work.
 *
 * <p>Initiatives are numbered, and the lists hold numbers. A revision that changes a title gives the
 * initiative a new number with the new title's trigrams and retires the old one, so every count is
 * exact and nothing is removed from a list.
 */
final class TitlePostings {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> numbers = new HashMap<>();
    /** By number; null for a retired number. */
    private final List<InitiativeEntry> entries = new ArrayList<>();
    /** By number: how many trigrams the title has. */
    private final Numbers sizes = new Numbers();
    private final Map<Long, Numbers> holders = new HashMap<>();

    /** Records {@code current}, which replaces {@code previous} (null for a new initiative). */
    void put(InitiativeEntry previous, InitiativeEntry current) {
        lock.writeLock().lock();
        try {
            Integer known = numbers.get(current.id());
            if (known != null && previous != null && previous.titleGrams().equals(current.titleGrams())) {
                entries.set(known, current);
                return;
            }
            if (known != null) {
                entries.set(known, null);
            }
            int number = entries.size();
            numbers.put(current.id(), number);
            entries.add(current);
            sizes.add(current.titleGrams().size());
            current.titleGrams().forEach(gram -> holders.computeIfAbsent(gram, g -> new Numbers()).add(number));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Submitted initiatives (no drafts, no merged duplicates) whose titles are at least {@code floor}
     * like {@code title}, the most alike first, at most {@code limit}; of {@code tenantId} only, or of
     * every tenant when it is null.
     */
    List<InitiativeIndex.TitleMatch> alike(String tenantId, TrigramSet title, String excludeId, double floor,
                                           int limit) {
        PriorityQueue<InitiativeIndex.TitleMatch> best = new PriorityQueue<>(limit + 1,
                Comparator.comparingDouble(InitiativeIndex.TitleMatch::titleScore));
        lock.readLock().lock();
        try {
            int[] shared = new int[entries.size()];
            title.forEach(gram -> {
                Numbers withGram = holders.get(gram);
                if (withGram != null) {
                    withGram.countInto(shared);
                }
            });
            for (int number = 0; number < shared.length; number++) {
                if (shared[number] == 0) {
                    continue;
                }
                double score = 2.0 * shared[number] / (title.size() + sizes.get(number));
                if (score < floor || best.size() == limit && score <= best.peek().titleScore()) {
                    continue;
                }
                InitiativeEntry entry = entries.get(number);
                if (entry != null && isCandidate(entry, tenantId, excludeId)) {
                    best.add(new InitiativeIndex.TitleMatch(entry.id(), score));
                    if (best.size() > limit) {
                        best.poll();
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        List<InitiativeIndex.TitleMatch> ordered = new ArrayList<>(best);
        ordered.sort(Comparator.comparingDouble(InitiativeIndex.TitleMatch::titleScore).reversed());
        return ordered;
    }

    private static boolean isCandidate(InitiativeEntry entry, String tenantId, String excludeId) {
        return (tenantId == null || tenantId.equals(entry.tenantId()))
                && entry.status() != InitiativeStatus.DRAFT && entry.status() != InitiativeStatus.MERGED
                && !entry.id().equals(excludeId);
    }

    /** A growing list of numbers. */
    private static final class Numbers {
        private int[] items = new int[4];
        private int size;

        void add(int number) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = number;
        }

        int get(int index) {
            return items[index];
        }

        void countInto(int[] shared) {
            for (int i = 0; i < size; i++) {
                shared[items[i]]++;
            }
        }
    }
}
