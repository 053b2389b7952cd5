package vn.coop.sangtao.platform.messaging;

/**
 * A record that can never be handled (not JSON, missing headers or fields): it goes straight to
 * the dead-letter topic without retries.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
