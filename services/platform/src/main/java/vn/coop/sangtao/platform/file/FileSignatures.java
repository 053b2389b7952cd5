package vn.coop.sangtao.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises an allowed file by its first bytes, whatever its name or declared type say. Word,
 * Excel and PowerPoint files are all ZIP packages: they are told apart by the parts their central
 * directory lists, read without inflating anything (so a ZIP bomb costs nothing), and a package
 * that carries macros is none of them.
 */
public final class FileSignatures {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** More parts than any real document has: past this the package is not looked at further. */
    private static final int MAX_PARTS = 20_000;

    private FileSignatures() {
    }

    public static Optional<FileType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, ZIP)) {
            return officeDocument(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> officeDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            FileType found = null;
            int parts = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (++parts > MAX_PARTS || name.endsWith("vbaProject.bin")) {
                    return Optional.empty();
                }
                FileType type = name.startsWith("word/") ? FileType.DOCX
                        : name.startsWith("xl/") ? FileType.XLSX
                        : name.startsWith("ppt/") ? FileType.PPTX : null;
                if (type != null && found != null && type != found) {
                    return Optional.empty();
                }
                found = type != null ? type : found;
            }
            return Optional.ofNullable(found);
        } catch (ZipException notAZip) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
