package vn.coop.sangtao.platform.file;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void shouldKeepAVietnameseNameAsItWasSent() {
        assertThat(FileNames.clean("Báo cáo – Đoàn kết sáng tạo.pdf", FileType.PDF))
                .isEqualTo("Báo cáo – Đoàn kết sáng tạo.pdf");
    }

    @Test
    void shouldKeepOnlyTheLastSegmentOfAPathThatABrowserSent() {
        assertThat(FileNames.clean("C:\\Users\\hoa\\Ảnh.png", FileType.PNG)).isEqualTo("Ảnh.png");
        assertThat(FileNames.clean("../../etc/passwd.jpg", FileType.JPEG)).isEqualTo("passwd.jpg");
    }

    @Test
    void shouldDropDirectionMarksThatWouldDisguiseTheExtension() {
        assertThat(FileNames.clean("hoa-don\u202Efdp.exe", FileType.PDF)).isEqualTo("hoa-donfdp.exe.pdf");
    }

    @Test
    void shouldEndInAnExtensionOfTheTypeTheBytesShowed() {
        assertThat(FileNames.clean("so-lieu", FileType.XLSX)).isEqualTo("so-lieu.xlsx");
        assertThat(FileNames.clean("anh.JPEG", FileType.JPEG)).isEqualTo("anh.JPEG");
        assertThat(FileNames.clean("anh.png", FileType.JPEG)).isEqualTo("anh.png.jpg");
        assertThat(FileNames.clean("  ", FileType.PDF)).isEqualTo("tep-dinh-kem.pdf");
        assertThat(FileNames.clean(null, FileType.PDF)).isEqualTo("tep-dinh-kem.pdf");
    }

    @Test
    void shouldStoreTheComposedFormAndBoundTheLengthKeepingTheExtension() {
        String decomposed = Normalizer.normalize("Đoàn kết.pdf", Normalizer.Form.NFD);
        assertThat(FileNames.clean(decomposed, FileType.PDF)).isEqualTo("Đoàn kết.pdf");
        String cleaned = FileNames.clean("ả".repeat(400) + ".docx", FileType.DOCX);
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(cleaned).endsWith("ả.docx");
    }
}
