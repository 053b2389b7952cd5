package vn.coop.sangtao.awards.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.document.DocumentService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.Downloads;

@RestController
@RequestMapping("/api/awards/proposals/{id}/documents")
@Tag(name = "Documents", description = "Tờ trình, báo cáo thành tích, biên bản họp hội đồng, quyết định và bằng/giấy khen (PDF)")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/letter")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The proposal letter (tờ trình đề nghị khen thưởng) as PDF",
            description = "The nominee, the award, the achievements and each eligibility rule's verdict")
    ResponseEntity<byte[]> letter(@PathVariable String id) {
        return Downloads.pdf(documents.letter(id), "to-trinh-" + id + ".pdf");
    }

    @GetMapping("/report")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The achievement report (báo cáo thành tích) as PDF",
            description = "The nominee, the year's recognised initiatives, campaign scores and block ranks, activities "
                    + "attended, a collective's members' titles, the attestations, and the awards of earlier years")
    ResponseEntity<byte[]> report(@PathVariable String id) {
        return Downloads.pdf(documents.report(id), "bao-cao-thanh-tich-" + id + ".pdf");
    }

    @GetMapping("/minutes")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The minutes of the council's vote (biên bản họp hội đồng) as PDF",
            description = "Who voted, at the meeting or in writing, the counts and the marks, never anyone's vote; "
                    + "422 vote-not-closed until the vote closes")
    ResponseEntity<byte[]> minutes(@PathVariable String id) {
        return Downloads.pdf(documents.minutes(id), "bien-ban-" + id + ".pdf");
    }

    @GetMapping("/decision")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The decision (quyết định khen thưởng) and the award's certificate as PDF",
            description = "422 not-decided until the award is granted")
    ResponseEntity<byte[]> decision(@PathVariable String id) {
        return Downloads.pdf(documents.decision(id), "quyet-dinh-" + id + ".pdf");
    }
}
