package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.web.PageResponse;

import java.io.IOException;
import java.util.function.IntFunction;

/** Walks every page of a search for an export, as the list pages it, so both hold the same rows in the same order. */
final class ExportPages {

    /**
     * Rows read per page: each page is one read of its units by id, so fewer and larger pages export
     * faster; 5,000 units are a few megabytes of heap.
     */
    static final int SIZE = 5_000;

    private ExportPages() {
    }

    /** An export is all or nothing: a larger result asks for a narrower filter rather than a cut-off file. */
    static void requireWithin(long total, int max) {
        if (total > max) {
            throw ApiProblem.rule("export-too-large", total, max);
        }
    }

    /** Hands {@code each} the items of {@code first} and of the pages after it, {@code max} at most. */
    static <T> void forEach(PageResponse<T> first, IntFunction<PageResponse<T>> pageAt, int max, Item<T> each)
            throws IOException {
        PageResponse<T> page = first;
        int written = 0;
        for (int number = 0; ; page = pageAt.apply(++number)) {
            for (T item : page.items()) {
                if (written++ == max) {
                    return;
                }
                each.write(item);
            }
            if (page.items().size() < SIZE) {
                return;
            }
        }
    }

    @FunctionalInterface
    interface Item<T> {
        void write(T item) throws IOException;
    }
}
