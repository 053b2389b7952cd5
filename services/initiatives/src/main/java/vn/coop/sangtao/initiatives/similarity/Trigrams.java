package vn.coop.sangtao.initiatives.similarity;

import vn.coop.sangtao.platform.text.Text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Character trigrams of accent-folded text, the unit of similarity: "Mô hình trồng lúa hữu cơ" and
 * "mo hinh trong lua huu co" have the same trigrams, and a reworded title still shares most of them.
 */
public final class Trigrams {

    private Trigrams() {
    }

    public static Set<String> of(String text) {
        Set<String> grams = new LinkedHashSet<>();
        if (text == null) {
            return grams;
        }
        for (String word : Text.fold(text).split(" ")) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    /** Dice's coefficient of two sets of trigrams, from 0 (nothing shared) to 1 (the same). */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }
}
