package vn.coop.sangtao.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void shouldFoldAccentsCaseAndPunctuationSoThatTypedWordsMatch() {
        assertThat(Text.fold("CLB Khởi nghiệp, sáng tạo – Gia Viễn")).isEqualTo("clb khoi nghiep sang tao gia vien");
        assertThat(Text.fold("  Mô hình trồng lúa hữu cơ  ")).isEqualTo("mo hinh trong lua huu co");
        assertThat(Text.fold("Đoàn kết \"sáng tạo\"")).isEqualTo("doan ket sang tao");
    }
}
