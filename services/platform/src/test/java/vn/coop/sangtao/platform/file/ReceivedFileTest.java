package vn.coop.sangtao.platform.file;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.test.Uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReceivedFileTest {

    private static final UploadLimit LIMIT = new UploadLimit(64 * 1024);
    private static final Set<FileType> PAPERS = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX);

    private static Upload upload(String name, String declared, byte[] bytes) {
        return new Upload(name, declared, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private static ApiProblem refused(Upload upload) {
        return catchThrowableOfType(ApiProblem.class, () -> ReceivedFile.receive(upload, LIMIT, PAPERS).close());
    }

    @Test
    void shouldTakeAnAllowedFileWithItsCleanedNameSizeAndDigest() throws IOException, NoSuchAlgorithmException {
        byte[] pdf = Uploads.pdf();
        try (ReceivedFile file = ReceivedFile.receive(upload("C:\\scan\\Tờ trình đã ký", "application/pdf", pdf),
                LIMIT, PAPERS); InputStream in = file.open()) {
            assertThat(file.type()).isEqualTo(FileType.PDF);
            assertThat(file.fileName()).isEqualTo("Tờ trình đã ký.pdf");
            assertThat(file.size()).isEqualTo(pdf.length);
            assertThat(file.sha256()).isEqualTo(sha256(pdf));
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void shouldTakeAFileOfExactlyTheLimitAndStopReadingOneByteLater() {
        try (ReceivedFile file = ReceivedFile.receive(upload("vua-du.pdf", null, Uploads.pdfOfSize(64 * 1024)),
                LIMIT, PAPERS)) {
            assertThat(file.size()).isEqualTo(64 * 1024);
        }
        byte[] over = Uploads.pdfOfSize(64 * 1024 + 1);
        // a client may declare less than it sends: the bytes are counted as they arrive
        ApiProblem problem = refused(new Upload("qua.pdf", null, 10, () -> new ByteArrayInputStream(over)));
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("attachment-too-large");
        assertThat(problem.args()).containsExactly("64 KB");
    }

    @Test
    void shouldRefuseByTheBytesWhateverTheNameOrDeclaredTypeSay() {
        byte[] program = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
        ApiProblem notAllowed = refused(upload("bao-cao.pdf", "application/pdf", program));
        assertThat(notAllowed.code()).isEqualTo("attachment-type-not-allowed");
        assertThat(notAllowed.args()).containsExactly("PDF, DOCX, JPEG, PNG");
        assertThat(refused(upload("so-lieu.xlsx", null, Uploads.zip("[Content_Types].xml", "xl/workbook.xml")))
                .code()).as("a sheet is a real type, but not one of these").isEqualTo("attachment-type-not-allowed");
        ApiProblem mismatch = refused(upload("bao-cao.pdf", "application/pdf", Uploads.image("png")));
        assertThat(mismatch.code()).isEqualTo("attachment-type-mismatch");
        assertThat(mismatch.args()).containsExactly("application/pdf", "image/png");
        assertThat(refused(upload("rong.pdf", "application/pdf", new byte[0])).code()).isEqualTo("attachment-empty");
    }

    @Test
    void shouldTakeAWordFileDeclaredAsAZipOrNotAtAll() {
        byte[] docx = Uploads.zip("[Content_Types].xml", "word/document.xml");
        for (String declared : new String[] {"application/zip", "application/octet-stream", null}) {
            try (ReceivedFile file = ReceivedFile.receive(upload("bien-ban", declared, docx), LIMIT, PAPERS)) {
                assertThat(file.type()).isEqualTo(FileType.DOCX);
                assertThat(file.fileName()).isEqualTo("bien-ban.docx");
            }
        }
    }

    @Test
    void shouldReadTheLimitAsPeopleDo() {
        assertThat(new UploadLimit(10L * 1024 * 1024).readable()).isEqualTo("10 MB");
        assertThat(new UploadLimit(1536).readable()).isEqualTo("1536 B");
        assertThat(new UploadLimit(2048).readable()).isEqualTo("2 KB");
        assertThat(new UploadLimit(1000).readable()).isEqualTo("1000 B");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
