package vn.coop.sangtao.platform.file;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as the client sent it: its name and media type as declared, its size, and its bytes,
 * opened only once the upload is allowed.
 */
public record Upload(String fileName, String declaredType, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
