package vn.coop.sangtao.awards.paper.web;

import vn.coop.sangtao.awards.paper.Paper;
import vn.coop.sangtao.awards.paper.PaperKind;

import java.time.Instant;

/** An uploaded paper as clients see it; {@code sha256} lets them check what they download. */
public record PaperResponse(String id, String proposalId, PaperKind kind, String fileName, String contentType,
                            long size, String sha256, Instant addedAt, String addedBy) {

    static PaperResponse of(Paper p) {
        return new PaperResponse(p.id(), p.proposalId(), p.kind(), p.fileName(), p.contentType(), p.size(), p.sha256(),
                p.addedAt(), p.addedBy());
    }
}
