package vn.coop.sangtao.initiatives.initiative;

import java.util.Arrays;

/**
 * A Bloom filter of the trigrams of an initiative's folded text, two bits for each character. A text
 * search asks every initiative's sketch whether each trigram of the phrase may be in its text, and
 * reads the text only when they all may: over 100,000 texts of 2 KB that reads a few percent of the
 * 200 MB instead of all of it, for a quarter to a half of the text's own memory.
 */
final class TextSketch {

    private static final int MOST_BITS = 1 << 16;
    private static final TextSketch NOTHING = new TextSketch(new long[1]);

    private final long[] bits;

    private TextSketch(long[] bits) {
        this.bits = bits;
    }

    static TextSketch of(String folded) {
        if (folded == null || folded.length() < 3) {
            return NOTHING;
        }
        int size = Math.min(MOST_BITS, Integer.highestOneBit(Math.max(64, 2 * folded.length()) - 1) << 1);
        long[] bits = new long[size / Long.SIZE];
        for (int at = 0; at + 3 <= folded.length(); at++) {
            int bit = hash(folded, at) & (size - 1);
            bits[bit >>> 6] |= 1L << bit;
        }
        return new TextSketch(bits);
    }

    /** False when the text cannot contain the phrase; true when it may (read it to be sure). */
    boolean mayContain(Probe phrase) {
        int mask = bits.length * Long.SIZE - 1;
        for (int hash : phrase.hashes) {
            int bit = hash & mask;
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The trigrams of a folded phrase, hashed once for every sketch it is tried against. */
    static final class Probe {
        private final int[] hashes;

        private Probe(int[] hashes) {
            this.hashes = hashes;
        }

        static Probe of(String folded) {
            int[] hashes = new int[Math.max(0, folded.length() - 2)];
            for (int at = 0; at < hashes.length; at++) {
                hashes[at] = hash(folded, at);
            }
            return new Probe(Arrays.stream(hashes).distinct().toArray());
        }
    }

    /** Sixteen well-mixed bits of the trigram at {@code at}; a sketch keeps as many of them as its size needs. */
    private static int hash(String text, int at) {
        int gram = (text.charAt(at) * 31 + text.charAt(at + 1)) * 31 + text.charAt(at + 2);
        return gram * 0x9E3779B1 >>> 16;
    }
}
