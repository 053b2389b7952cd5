package vn.coop.sangtao.awards.paper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;
import vn.coop.sangtao.platform.file.UploadLimit;

/**
 * Bounds on a proposal's uploaded papers: the largest file ({@code sangtao.awards.papers.max-bytes},
 * a number of bytes or a size such as {@code 10MB}) and how many papers one proposal may carry
 * ({@code max-per-proposal}).
 */
@ConfigurationProperties("sangtao.awards.papers")
public record PaperProperties(@DefaultValue("10MB") @DataSizeUnit(DataUnit.BYTES) DataSize maxBytes,
                              @DefaultValue("20") int maxPerProposal) {

    /** The largest file, as the platform's upload checks and multipart limits take it. */
    public UploadLimit uploadLimit() {
        return new UploadLimit(maxBytes.toBytes());
    }
}
