package vn.coop.sangtao.awards.paper;

import vn.coop.sangtao.platform.file.FileType;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded paper of a proposal's dossier: what it is, who added it and when. The bytes are kept
 * beside it under the same id. A removed paper stays as a record of the removal, so that its event
 * leaves through the outbox and the audit shows who removed what.
 */
public record Paper(String id, String tenantId, String proposalId, PaperKind kind, String fileName, FileType type,
                    long size, String sha256, Instant addedAt, String addedBy, Instant removedAt, String removedBy,
                    long version) {

    static Paper added(String tenantId, String proposalId, PaperKind kind, String fileName, FileType type, long size,
                       String sha256, Instant now, String actor) {
        return new Paper(UUID.randomUUID().toString(), tenantId, proposalId, kind, fileName, type, size, sha256, now,
                actor, null, null, 0);
    }

    Paper removed(Instant now, String actor) {
        return new Paper(id, tenantId, proposalId, kind, fileName, type, size, sha256, addedAt, addedBy, now, actor,
                version);
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public String contentType() {
        return type.mediaType();
    }
}
