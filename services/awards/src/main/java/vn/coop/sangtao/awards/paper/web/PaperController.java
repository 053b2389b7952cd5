package vn.coop.sangtao.awards.paper.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.coop.sangtao.awards.paper.Paper;
import vn.coop.sangtao.awards.paper.PaperKind;
import vn.coop.sangtao.awards.paper.PaperService;
import vn.coop.sangtao.platform.file.Upload;
import vn.coop.sangtao.platform.security.Roles;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/awards/proposals/{id}/papers")
@Tag(name = "Papers", description = "Hồ sơ tải lên của đề nghị: bản ký tờ trình, báo cáo thành tích, biên bản và giấy tờ khác")
class PaperController {

    private final PaperService papers;

    PaperController(PaperService papers) {
        this.papers = papers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Add a paper (multipart part \"file\", field \"kind\": LETTER, REPORT, MINUTES or OTHER)",
            description = "Until the proposal is decided (422 papers-locked once granted or refused). PDF, JPEG, PNG "
                    + "or DOCX recognised by the file's bytes: 422 attachment-type-not-allowed for anything else, 422 "
                    + "attachment-type-mismatch when the declared type says otherwise; 413 attachment-too-large past "
                    + "sangtao.awards.papers.max-bytes (10 MB); 422 too-many-papers past max-per-proposal (20)")
    ResponseEntity<PaperResponse> add(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "OTHER") PaperKind kind) {
        Paper paper = papers.add(id, kind, new Upload(file.getOriginalFilename(), file.getContentType(), file.getSize(),
                file::getInputStream));
        return ResponseEntity.created(URI.create("/api/awards/proposals/" + id + "/papers/" + paper.id()))
                .body(PaperResponse.of(paper));
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The proposal's uploaded papers, oldest first")
    List<PaperResponse> list(@PathVariable String id) {
        return papers.list(id).stream().map(PaperResponse::of).toList();
    }

    @GetMapping("/{paperId}")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Download a paper with its type and original name",
            description = "Content-Disposition carries the name in UTF-8 (filename*) beside an ASCII fallback")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String paperId) {
        PaperService.Download download = papers.open(id, paperId);
        Paper paper = download.paper();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(paper.contentType()))
                .contentLength(paper.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(paper.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/{paperId}")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Remove a paper", description = "Until the proposal is decided (422 papers-locked after)")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String paperId) {
        papers.remove(id, paperId);
        return ResponseEntity.noContent().build();
    }
}
