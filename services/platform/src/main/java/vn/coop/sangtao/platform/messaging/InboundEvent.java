package vn.coop.sangtao.platform.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/** A received event: its CloudEvents attributes and its payload, read into the consumer's own record. */
public final class InboundEvent {

    private final String id;
    private final String type;
    private final String tenantId;
    private final String subject;
    private final String time;
    private final byte[] payload;
    private final JsonMapper reader;

    InboundEvent(String id, String type, String tenantId, String subject, String time, byte[] payload,
                 JsonMapper reader) {
        this.id = id;
        this.type = type;
        this.tenantId = tenantId;
        this.subject = subject;
        this.time = time;
        this.payload = payload;
        this.reader = reader;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String tenantId() {
        return tenantId;
    }

    public String subject() {
        return subject;
    }

    /** When the event happened ({@code ce_time}, RFC 3339), as the producer stated it. */
    public String time() {
        return time;
    }

    /** The payload as {@code type}; unknown fields are ignored, unreadable payloads are poison. */
    public <T> T read(Class<T> target) {
        try {
            T value = reader.readValue(payload, target);
            if (value == null) {
                throw new PoisonMessageException("empty payload in event " + id);
            }
            return value;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonMessageException("unreadable " + type + " payload in event " + id, e);
        }
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
