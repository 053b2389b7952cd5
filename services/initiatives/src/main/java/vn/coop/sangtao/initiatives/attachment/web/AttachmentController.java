package vn.coop.sangtao.initiatives.attachment.web;

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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.coop.sangtao.initiatives.attachment.Attachment;
import vn.coop.sangtao.initiatives.attachment.AttachmentService;
import vn.coop.sangtao.platform.file.Upload;
import vn.coop.sangtao.platform.security.Roles;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/initiatives/initiatives/{id}/attachments")
@Tag(name = "Attachments", description = "Tệp đính kèm hồ sơ sáng kiến: PDF, Word, Excel, PowerPoint, ảnh JPEG, PNG")
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.SUBMITTERS)
    @Operation(summary = "Attach a file (multipart part \"file\") to the dossier",
            description = "Its creator or staff, while the initiative is a draft, submitted or returned for "
                    + "completion. PDF, DOCX, XLSX, PPTX, JPEG or PNG, recognised by the file's bytes: 422 "
                    + "attachment-type-not-allowed for anything else, 422 attachment-type-mismatch when the declared "
                    + "type says otherwise; 413 attachment-too-large past sangtao.attachments.max-bytes (10 MB); "
                    + "422 too-many-attachments past 20 files")
    ResponseEntity<AttachmentResponse> attach(@PathVariable String id, @RequestPart("file") MultipartFile file) {
        Attachment attachment = attachments.attach(id, new Upload(file.getOriginalFilename(), file.getContentType(),
                file.getSize(), file::getInputStream));
        return ResponseEntity.created(URI.create("/api/initiatives/initiatives/" + id + "/attachments/"
                + attachment.id())).body(AttachmentResponse.of(attachment));
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The dossier's files, oldest first",
            description = "403 attachments-hidden on a confidential initiative, except for staff, its creator and "
                    + "its reviewers")
    List<AttachmentResponse> list(@PathVariable String id) {
        return attachments.list(id).stream().map(AttachmentResponse::of).toList();
    }

    @GetMapping("/{attachmentId}")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Download a file with its type and original name",
            description = "Content-Disposition carries the name in UTF-8 (filename*) beside an ASCII fallback")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachmentId) {
        AttachmentService.Download download = attachments.open(id, attachmentId);
        Attachment attachment = download.attachment();
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize(Roles.SUBMITTERS)
    @Operation(summary = "Remove a file from the dossier",
            description = "Its creator or staff, while the initiative is a draft, submitted or returned")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String attachmentId) {
        attachments.remove(id, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
