package vn.coop.sangtao.initiatives.attachment;

import java.time.Instant;

/**
 * The audit of a dossier's files on {@value #TOPIC}: what was attached or removed, never the bytes.
 */
public final class AttachmentEvent {

    public static final String TOPIC = "initiatives.attachment.events";
    public static final String ADDED = "vn.coop.sangtao.initiative.attachment-added.v1";
    public static final String REMOVED = "vn.coop.sangtao.initiative.attachment-removed.v1";

    private AttachmentEvent() {
    }

    public record Added(String initiativeId, String tenantId, String attachmentId, String fileName,
                        String contentType, long size, Instant addedAt) {

        static Added of(Attachment a) {
            return new Added(a.initiativeId(), a.tenantId(), a.id(), a.fileName(), a.contentType(), a.size(),
                    a.addedAt());
        }
    }

    public record Removed(String initiativeId, String tenantId, String attachmentId, String fileName,
                          String contentType, long size, Instant removedAt) {

        static Removed of(Attachment a) {
            return new Removed(a.initiativeId(), a.tenantId(), a.id(), a.fileName(), a.contentType(), a.size(),
                    a.removedAt());
        }
    }
}
