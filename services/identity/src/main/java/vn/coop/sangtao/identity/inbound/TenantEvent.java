package vn.coop.sangtao.identity.inbound;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import vn.coop.sangtao.contracts.EventHeaders;

/**
 * A received tenant event: its CloudEvents id and type, and the JSON payload still to be read.
 *
 * @param id {@code ce_id}, for logs
 * @param type {@code ce_type}, e.g. {@code vn.coop.sangtao.tenant.merged.v1}
 * @param payload the record's value
 */
record TenantEvent(String id, String type, byte[] payload) {

	static TenantEvent from(Message<byte[]> message) {
		MessageHeaders headers = message.getHeaders();
		String id = header(headers, EventHeaders.ID);
		String type = header(headers, EventHeaders.TYPE);
		if (id == null || type == null || message.getPayload() == null) {
			throw new UnreadableTenantEvent("record without CloudEvents id or type");
		}
		return new TenantEvent(id, type, message.getPayload());
	}

	/** The binder hands over headers it does not map itself as raw bytes. */
	private static String header(MessageHeaders headers, String name) {
		Object value = headers.get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return value == null ? null : value.toString();
	}

}
