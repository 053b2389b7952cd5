package vn.coop.sangtao.initiatives.similarity;

import java.util.Arrays;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A set of trigrams packed into sorted numbers, three characters to a {@code long}: a tenth of the
 * memory of the strings, which matters when every initiative's title grams are held in memory, and
 * the keys of the initiatives' title postings.
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

    public void forEach(LongConsumer action) {
        for (long gram : grams) {
            action.accept(gram);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrigramSet set && Arrays.equals(grams, set.grams);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(grams);
    }
}
