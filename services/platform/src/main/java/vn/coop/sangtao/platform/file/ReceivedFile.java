package vn.coop.sangtao.platform.file;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An uploaded file that passed the checks every service makes, spooled to a temporary file until it
 * is closed: not larger than the limit (413 {@code attachment-too-large}, read no further than the
 * limit), not empty (422 {@code attachment-empty}), of an allowed type by its bytes whatever its name
 * says (422 {@code attachment-type-not-allowed}, naming the allowed types), and not declared as
 * another type (422 {@code attachment-type-mismatch}). Its name is cleaned ({@link FileNames}).
 */
public final class ReceivedFile implements AutoCloseable {

    /** What browsers declare for a file they cannot name: the bytes decide. */
    private static final Set<String> UNDECLARED = Set.of("", "application/octet-stream", "binary/octet-stream");
    /** What some systems declare for any ZIP package, Office files included: not a contradiction. */
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-zip-compressed");

    private final Path spooled;
    private final FileType type;
    private final String fileName;
    private final long size;
    private final String sha256;

    private ReceivedFile(Path spooled, FileType type, String fileName, long size, String sha256) {
        this.spooled = spooled;
        this.type = type;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Receives {@code upload} if it passes the checks; the caller closes it to delete the temporary copy. */
    public static ReceivedFile receive(Upload upload, UploadLimit limit, Set<FileType> allowed) {
        if (upload.size() > limit.maxBytes()) {
            throw tooLarge(limit);
        }
        Path spooled = null;
        try {
            spooled = Files.createTempFile("sangtao-upload-", ".part");
            String sha256 = spool(upload, spooled, limit);
            long size = Files.size(spooled);
            if (size == 0) {
                throw ApiProblem.rule("attachment-empty");
            }
            FileType type = FileSignatures.detect(spooled).filter(allowed::contains)
                    .orElseThrow(() -> ApiProblem.rule("attachment-type-not-allowed", names(allowed)));
            requireDeclaredTypeAgrees(upload.declaredType(), type);
            return new ReceivedFile(spooled, type, FileNames.clean(upload.fileName(), type), size, sha256);
        } catch (IOException e) {
            deleteQuietly(spooled);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            deleteQuietly(spooled);
            throw refused;
        }
    }

    /** The checked bytes, to be read and closed by the caller. */
    public InputStream open() {
        try {
            return Files.newInputStream(spooled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FileType type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(spooled);
    }

    /** 413 attachment-too-large naming the limit. */
    public static ApiProblem tooLarge(UploadLimit limit) {
        return new ApiProblem(413, "attachment-too-large", List.of(), limit.readable());
    }

    private static String names(Set<FileType> allowed) {
        return allowed.stream().sorted().map(FileType::name).collect(Collectors.joining(", "));
    }

    private static void requireDeclaredTypeAgrees(String declared, FileType detected) {
        String bare = declared == null ? "" : declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (UNDECLARED.contains(bare) || (ZIP.contains(bare) && detected.mediaType().contains("openxmlformats"))) {
            return;
        }
        if (FileType.ofMediaType(bare).orElse(null) != detected) {
            throw ApiProblem.rule("attachment-type-mismatch", bare, detected.mediaType());
        }
    }

    /** Copies the upload to {@code target}, answering its SHA-256; stops as soon as it grows past the limit. */
    private static String spool(Upload upload, Path target, UploadLimit limit) throws IOException {
        MessageDigest sha256 = newDigest();
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload.content().open(); OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > limit.maxBytes()) {
                    throw tooLarge(limit);
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file the system cleans up in the end
        }
    }
}
