package vn.coop.sangtao.initiatives.attachment.web;

import vn.coop.sangtao.initiatives.attachment.Attachment;

import java.time.Instant;

/** A file of the dossier as clients see it; {@code sha256} lets them check what they download. */
public record AttachmentResponse(String id, String initiativeId, String fileName, String contentType, long size,
                                 String sha256, Instant addedAt, String addedBy) {

    static AttachmentResponse of(Attachment a) {
        return new AttachmentResponse(a.id(), a.initiativeId(), a.fileName(), a.contentType(), a.size(), a.sha256(),
                a.addedAt(), a.addedBy());
    }
}
