package vn.coop.sangtao.console.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void shouldWriteDatesDayFirstInVietnamTime() {
        assertThat(formats.date("2026-10-20")).isEqualTo("20/10/2026");
        // 23:30 UTC is already the next morning in Hà Nội
        assertThat(formats.date("2026-10-20T23:30:00Z")).isEqualTo("21/10/2026");
        assertThat(formats.dateTime("2026-10-20T03:05:00Z")).isEqualTo("20/10/2026 10:05");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void shouldWriteAmountsInDongWithVietnameseGrouping() {
        assertThat(formats.vnd(180_000_000L)).isEqualTo("180.000.000 ₫");
        assertThat(formats.vnd(null)).isEmpty();
    }
}
