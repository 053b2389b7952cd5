package vn.coop.sangtao.initiatives.attachment;

import vn.coop.sangtao.platform.file.FileType;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of an initiative's dossier: what it is, who added it and when. The bytes are kept beside
 * it under the same id. A removed attachment stays as a record of the removal, so that its event
 * leaves through the outbox and the audit shows who removed what.
 */
public record Attachment(String id, String tenantId, String initiativeId, String fileName, FileType type,
                         long size, String sha256, Instant addedAt, String addedBy, Instant removedAt,
                         String removedBy, long version) {

    static Attachment added(String tenantId, String initiativeId, String fileName, FileType type, long size,
                            String sha256, Instant now, String actor) {
        return new Attachment(UUID.randomUUID().toString(), tenantId, initiativeId, fileName, type, size, sha256, now,
                actor, null, null, 0);
    }

    Attachment removed(Instant now, String actor) {
        return new Attachment(id, tenantId, initiativeId, fileName, type, size, sha256, addedAt, addedBy, now, actor,
                version);
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public String contentType() {
        return type.mediaType();
    }
}
