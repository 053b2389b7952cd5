package vn.coop.sangtao.initiatives.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;
import vn.coop.sangtao.platform.file.UploadLimit;

/**
 * Bounds on a dossier's files: the largest file ({@code sangtao.attachments.max-bytes}, a number of
 * bytes or a size such as {@code 10MB}) and how many files one initiative may carry.
 */
@ConfigurationProperties("sangtao.attachments")
public record AttachmentProperties(@DefaultValue("10MB") @DataSizeUnit(DataUnit.BYTES) DataSize maxBytes,
                                   @DefaultValue("20") int maxPerInitiative) {

    /** The largest file, as the platform's upload checks and multipart limits take it. */
    public UploadLimit uploadLimit() {
        return new UploadLimit(maxBytes.toBytes());
    }
}
