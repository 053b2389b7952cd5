package vn.coop.sangtao.identity.inbound;

/**
 * A record no retry can help: missing headers or a payload that does not fit the contract. The
 * binding lists it as not retryable, so it goes to the dead-letter topic at once.
 */
class UnreadableTenantEvent extends RuntimeException {

	UnreadableTenantEvent(String message) {
		super(message);
	}

	UnreadableTenantEvent(String message, Throwable cause) {
		super(message, cause);
	}

}
