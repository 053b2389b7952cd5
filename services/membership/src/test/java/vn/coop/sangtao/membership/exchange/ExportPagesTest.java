package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.web.PageResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportPagesTest {

    private static PageResponse<Integer> page(int number, int total) {
        int from = number * ExportPages.SIZE;
        List<Integer> items = IntStream.range(from, Math.min(total, from + ExportPages.SIZE)).boxed().toList();
        return new PageResponse<>(items, number, ExportPages.SIZE, total);
    }

    @Test
    void shouldWalkEveryPageInOrderWhenTheResultSpansSeveral() throws Exception {
        List<Integer> written = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        int total = 2 * ExportPages.SIZE + ExportPages.SIZE / 2;
        ExportPages.forEach(page(0, total), number -> {
            asked.add(number);
            return page(number, total);
        }, 50_000, written::add);
        assertThat(written).containsExactlyElementsOf(IntStream.range(0, total).boxed().toList());
        assertThat(asked).containsExactly(1, 2);
    }

    @Test
    void shouldAskOnceMoreWhenTheLastPageIsFull() throws Exception {
        List<Integer> asked = new ArrayList<>();
        int total = 2 * ExportPages.SIZE;
        ExportPages.forEach(page(0, total), number -> {
            asked.add(number);
            return page(number, total);
        }, 50_000, item -> { });
        assertThat(asked).containsExactly(1, 2);
    }

    @Test
    void shouldStopAtTheLimitWhenRowsAppearWhileExporting() throws Exception {
        List<Integer> written = new ArrayList<>();
        int total = 3 * ExportPages.SIZE;
        ExportPages.forEach(page(0, total), number -> page(number, total), ExportPages.SIZE + 10, written::add);
        assertThat(written).hasSize(ExportPages.SIZE + 10);
    }
}
