package vn.coop.sangtao.awards.paper;

import java.time.Instant;

/** The audit of a proposal's uploaded papers on {@value #TOPIC}: what was added or removed, never the bytes. */
public final class PaperEvent {

    public static final String TOPIC = "awards.paper.events";
    public static final String ADDED = "vn.coop.sangtao.award.paper-added.v1";
    public static final String REMOVED = "vn.coop.sangtao.award.paper-removed.v1";

    private PaperEvent() {
    }

    /** A paper added or removed: {@code at} is when. */
    public record Changed(String proposalId, String tenantId, String paperId, PaperKind kind, String fileName,
                          String contentType, long size, String sha256, Instant at) {

        static Changed added(Paper p) {
            return new Changed(p.proposalId(), p.tenantId(), p.id(), p.kind(), p.fileName(), p.contentType(), p.size(),
                    p.sha256(), p.addedAt());
        }

        static Changed removed(Paper p) {
            return new Changed(p.proposalId(), p.tenantId(), p.id(), p.kind(), p.fileName(), p.contentType(), p.size(),
                    p.sha256(), p.removedAt());
        }
    }
}
