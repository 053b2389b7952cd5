package vn.coop.sangtao.platform.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coop.sangtao.platform.test.Uploads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignaturesTest {

    @TempDir
    Path dir;

    private Optional<FileType> detect(byte[] bytes) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "file", ".bin"), bytes);
        return FileSignatures.detect(file);
    }

    @Test
    void shouldRecogniseDocumentsAndImagesByTheirFirstBytes() throws IOException {
        assertThat(detect(Uploads.pdf())).hasValue(FileType.PDF);
        assertThat(detect(Uploads.image("png"))).hasValue(FileType.PNG);
        assertThat(detect(Uploads.image("jpg"))).hasValue(FileType.JPEG);
    }

    @Test
    void shouldTellOfficeFilesApartByThePartsTheirPackageLists() throws IOException {
        assertThat(detect(Uploads.zip("[Content_Types].xml", "word/document.xml"))).hasValue(FileType.DOCX);
        assertThat(detect(Uploads.zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")))
                .hasValue(FileType.XLSX);
        assertThat(detect(Uploads.zip("[Content_Types].xml", "ppt/presentation.xml"))).hasValue(FileType.PPTX);
    }

    @Test
    void shouldRefuseAPackageWithMacrosOrThatIsNoOfficeFile() throws IOException {
        assertThat(detect(Uploads.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))).isEmpty();
        assertThat(detect(Uploads.zip("readme.txt", "word/document.xml"))).isEmpty();
        assertThat(detect(Uploads.zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml"))).isEmpty();
    }

    @Test
    void shouldRefuseAnythingElseIncludingATruncatedZip() throws IOException {
        assertThat(detect("MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(detect("<html>%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(detect(new byte[]{'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(detect(new byte[0])).isEmpty();
    }

    @Test
    void shouldReadADeclaredMediaTypeWithParametersAndCommonAliases() {
        assertThat(FileType.ofMediaType("application/PDF; name=x")).hasValue(FileType.PDF);
        assertThat(FileType.ofMediaType("image/jpg")).hasValue(FileType.JPEG);
        assertThat(FileType.ofMediaType("text/plain")).isEmpty();
        assertThat(FileType.ofMediaType(null)).isEmpty();
    }
}
