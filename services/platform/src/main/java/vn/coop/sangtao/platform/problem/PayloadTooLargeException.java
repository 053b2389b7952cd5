package vn.coop.sangtao.platform.problem;

import java.io.IOException;

/** Raised while reading a request body that grows past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
