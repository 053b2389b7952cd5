package vn.coop.sangtao.platform.file;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a file is kept and offered under. Browsers on Windows send the whole path and some send
 * invisible direction marks that disguise an extension, so only the last path segment is kept,
 * without control or direction characters, in NFC. The name always ends in an extension of the
 * type the bytes showed: a download never opens as something else than what was checked.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;
    private static final String UNNAMED = "tep-dinh-kem";

    private FileNames() {
    }

    public static String clean(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("\\s+", " ")
                .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = UNNAMED;
        }
        String extension = "." + type.extensions().get(0);
        if (!hasExtensionOf(name, type)) {
            name = name + extension;
        }
        return shorten(name, extension);
    }

    private static boolean hasExtensionOf(String name, FileType type) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && type.extensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String shorten(String name, String extension) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ending = name.substring(name.length() - extension.length());
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - ending.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + ending;
    }
}
