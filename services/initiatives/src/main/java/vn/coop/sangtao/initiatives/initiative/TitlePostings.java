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
 * trigrams, and compares in full only the titles that could reach the floor. Comparing every title
 * of the tenant instead cost about a microsecond each (mostly cache misses), so each submission's
 * duplicate check grew with the tenant: at 50,000 initiatives it was most of a core's work.
 *
 * <p>Lists only grow: a title that loses a trigram in a revision stays in that list. Counts can
 * therefore be too high, never too low, and the full comparison settles every candidate.
 */
final class TitlePostings {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<InitiativeEntry> entries = new ArrayList<>();
    private final Map<Long, Numbers> holders = new HashMap<>();

    /** Records {@code current}, which replaces {@code previous} (null for a new initiative). */
    void put(InitiativeEntry previous, InitiativeEntry current) {
        lock.writeLock().lock();
        try {
            Integer known = numbers.get(current.id());
            int number = known == null ? entries.size() : known;
            if (known == null) {
                numbers.put(current.id(), number);
                entries.add(current);
            } else {
                entries.set(number, current);
            }
            current.titleGrams().forEach(gram -> {
                if (previous == null || !previous.titleGrams().contains(gram)) {
                    holders.computeIfAbsent(gram, g -> new Numbers()).add(number);
                }
            });
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
                // a title holding s of these trigrams and nothing else scores best, 2s / (size + s)
                double most = Math.min(shared[number], title.size());
                if (most == 0 || 2 * most / (title.size() + most) < floor) {
                    continue;
                }
                InitiativeEntry entry = entries.get(number);
                if (!isCandidate(entry, tenantId, excludeId)) {
                    continue;
                }
                double score = title.dice(entry.titleGrams());
                if (score >= floor && (best.size() < limit || score > best.peek().titleScore())) {
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

    /** A growing list of initiatives' numbers. */
    private static final class Numbers {
        private int[] items = new int[4];
        private int size;

        void add(int number) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = number;
        }

        void countInto(int[] shared) {
            for (int i = 0; i < size; i++) {
                shared[items[i]]++;
            }
        }
    }
}
