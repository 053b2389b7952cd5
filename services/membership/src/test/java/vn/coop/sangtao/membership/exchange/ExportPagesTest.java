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
        ExportPages.forEach(page(0, 2_500), number -> {
            asked.add(number);
            return page(number, 2_500);
        }, 50_000, written::add);
        assertThat(written).containsExactlyElementsOf(IntStream.range(0, 2_500).boxed().toList());
        assertThat(asked).containsExactly(1, 2);
    }

    @Test
    void shouldAskOnceMoreWhenTheLastPageIsFull() throws Exception {
        List<Integer> asked = new ArrayList<>();
        ExportPages.forEach(page(0, 2_000), number -> {
            asked.add(number);
            return page(number, 2_000);
        }, 50_000, item -> { });
        assertThat(asked).containsExactly(1, 2);
    }

    @Test
    void shouldStopAtTheLimitWhenRowsAppearWhileExporting() throws Exception {
        List<Integer> written = new ArrayList<>();
        ExportPages.forEach(page(0, 3_000), number -> page(number, 3_000), 1_500, written::add);
        assertThat(written).hasSize(1_500);
    }
}
