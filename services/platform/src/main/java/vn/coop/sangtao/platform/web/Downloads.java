package vn.coop.sangtao.platform.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers that are files to open in the browser, named so that a saved copy keeps a readable name. */
public final class Downloads {

    private Downloads() {
    }

    /** A PDF shown inline, saved as {@code fileName}. */
    public static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(bytes);
    }
}
