package vn.coop.sangtao.local;

/**
 * The suite could not be started or a process could not be started, stopped or reached; the message
 * names the process and, when it failed to start, ends with the tail of its log.
 */
public class SuiteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SuiteException(String message) {
		super(message);
	}

	public SuiteException(String message, Throwable cause) {
		super(message, cause);
	}

}
