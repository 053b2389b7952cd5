package vn.coop.sangtao.initiatives.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.initiatives.document.DocumentService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.Downloads;

@RestController
@Validated
@Tag(name = "Documents", description = "Giấy chứng nhận sáng kiến và hồ sơ đề cử Sách vàng Sáng tạo Việt Nam (PDF)")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/api/initiatives/initiatives/{id}/certificate.pdf")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The recognition certificate (giấy chứng nhận sáng kiến) as PDF",
            description = "422 not-recognised unless the initiative is recognised; 403 certificate-hidden while its "
                    + "authors are hidden from the caller by a blind review")
    ResponseEntity<byte[]> certificate(@PathVariable String id) {
        return Downloads.pdf(documents.certificate(id), "giay-chung-nhan-" + id + ".pdf");
    }

    @GetMapping("/api/initiatives/golden-book/dossier.pdf")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The year's Golden Book nomination dossier as PDF",
            description = "The letter of introduction (each nominated work's nomination letter), then one "
                    + "certificate per work; 404 nothing-nominated when the alliance nominated nothing that year")
    ResponseEntity<byte[]> goldenBookDossier(@RequestParam @Min(2000) @Max(2100) int year) {
        return Downloads.pdf(documents.goldenBookDossier(year), "ho-so-sach-vang-" + year + ".pdf");
    }
}
