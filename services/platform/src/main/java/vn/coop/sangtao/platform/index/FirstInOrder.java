package vn.coop.sangtao.platform.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The helpers an in-memory index pages its hits with, in the order the store would sort them. */
public final class FirstInOrder {

    private FirstInOrder() {
    }

    /**
     * The first {@code count} of {@code items} in {@code order}, sorted. A page needs few of many, so
     * unless the page reaches far in, a bounded heap keeps only those instead of sorting everything.
     * {@code items} may be reordered.
     */
    public static <T> List<T> of(List<T> items, Comparator<? super T> order, int count) {
        if (count * 4L >= items.size()) {
            items.sort(order);
            return items.subList(0, Math.min(count, items.size()));
        }
        PriorityQueue<T> kept = new PriorityQueue<>(count + 1, order.reversed());
        for (T item : items) {
            if (kept.size() < count) {
                kept.add(item);
            } else if (order.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }

    /** Compares as the store sorts ascending: a missing value before any other. */
    public static <T extends Comparable<? super T>> int nullsFirst(T a, T b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
