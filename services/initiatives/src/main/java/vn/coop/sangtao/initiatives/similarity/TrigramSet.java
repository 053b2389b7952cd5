package vn.coop.sangtao.initiatives.similarity;

import java.util.Arrays;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A set of trigrams packed into sorted numbers, three characters to a {@code long}: a tenth of the
 * memory of the strings, which matters when every initiative's title grams are held in memory, and
 * compared by a merge instead of hash lookups.
 */
public final class TrigramSet {

    private static final long[] NONE = new long[0];
    private final long[] grams;

    private TrigramSet(long[] grams) {
        this.grams = grams;
    }

    public static TrigramSet of(Set<String> trigrams) {
        if (trigrams.isEmpty()) {
            return new TrigramSet(NONE);
        }
        long[] packed = new long[trigrams.size()];
        int i = 0;
        for (String gram : trigrams) {
            packed[i++] = ((long) gram.charAt(0) << 32) | ((long) gram.charAt(1) << 16) | gram.charAt(2);
        }
        Arrays.sort(packed);
        return new TrigramSet(packed);
    }

    public boolean isEmpty() {
        return grams.length == 0;
    }

    public int size() {
        return grams.length;
    }

    public boolean contains(long gram) {
        return Arrays.binarySearch(grams, gram) >= 0;
    }

    public void forEach(LongConsumer action) {
        for (long gram : grams) {
            action.accept(gram);
        }
    }

    /** Dice's coefficient, as {@link Trigrams#dice} computes it for the unpacked sets. */
    public double dice(TrigramSet other) {
        long[] a = grams;
        long[] b = other.grams;
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
