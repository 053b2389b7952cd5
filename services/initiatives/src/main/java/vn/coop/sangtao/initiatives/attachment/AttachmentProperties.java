package vn.coop.sangtao.initiatives.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

/**
 * Bounds on a dossier's files: the largest file ({@code sangtao.attachments.max-bytes}, a number of
 * bytes or a size such as {@code 10MB}) and how many files one initiative may carry.
 */
@ConfigurationProperties("sangtao.attachments")
public record AttachmentProperties(@DefaultValue("10MB") @DataSizeUnit(DataUnit.BYTES) DataSize maxBytes,
                                   @DefaultValue("20") int maxPerInitiative) {

    /** The limit as people read it: whole megabytes or kilobytes where it is one. */
    public String maxBytesReadable() {
        long bytes = maxBytes.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return maxBytes.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return maxBytes.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
