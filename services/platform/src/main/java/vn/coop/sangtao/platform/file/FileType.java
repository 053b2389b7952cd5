package vn.coop.sangtao.platform.file;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file the services accept as uploads: documents, sheets, slides, photos and scans.
 * Each is recognised by its bytes ({@link FileSignatures}); the media type a client declares is only
 * checked against them. A service accepts the subset its dossiers need.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    /** Names that clients and older tools send for the same types. */
    private static final Map<String, FileType> ALIASES = Map.of(
            "application/x-pdf", PDF, "image/jpg", JPEG, "image/pjpeg", JPEG, "image/x-png", PNG);

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extensions, the first one preferred. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a declared media type names (parameters such as a charset are ignored), if it is one of these. */
    public static Optional<FileType> ofMediaType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (FileType type : values()) {
            if (type.mediaType.equals(bare)) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(ALIASES.get(bare));
    }
}
