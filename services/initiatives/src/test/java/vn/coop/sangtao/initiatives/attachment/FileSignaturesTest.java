package vn.coop.sangtao.initiatives.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignaturesTest {

    @TempDir
    Path dir;

    private Optional<AttachmentType> detect(byte[] bytes) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "file", ".bin"), bytes);
        return FileSignatures.detect(file);
    }

    @Test
    void shouldRecogniseDocumentsAndImagesByTheirFirstBytes() throws IOException {
        assertThat(detect(Uploads.pdf())).hasValue(AttachmentType.PDF);
        assertThat(detect(Uploads.image("png"))).hasValue(AttachmentType.PNG);
        assertThat(detect(Uploads.image("jpg"))).hasValue(AttachmentType.JPEG);
    }

    @Test
    void shouldTellOfficeFilesApartByThePartsTheirPackageLists() throws IOException {
        assertThat(detect(Uploads.zip("[Content_Types].xml", "word/document.xml"))).hasValue(AttachmentType.DOCX);
        assertThat(detect(Uploads.zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")))
                .hasValue(AttachmentType.XLSX);
        assertThat(detect(Uploads.zip("[Content_Types].xml", "ppt/presentation.xml"))).hasValue(AttachmentType.PPTX);
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
        assertThat(AttachmentType.ofMediaType("application/PDF; name=x")).hasValue(AttachmentType.PDF);
        assertThat(AttachmentType.ofMediaType("image/jpg")).hasValue(AttachmentType.JPEG);
        assertThat(AttachmentType.ofMediaType("text/plain")).isEmpty();
        assertThat(AttachmentType.ofMediaType(null)).isEmpty();
    }
}
