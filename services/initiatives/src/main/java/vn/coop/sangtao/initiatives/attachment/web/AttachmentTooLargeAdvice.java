package vn.coop.sangtao.initiatives.attachment.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.coop.sangtao.initiatives.attachment.AttachmentProperties;
import vn.coop.sangtao.platform.problem.Problems;

import java.util.List;

/**
 * Answers a multipart request that the container cut off for its size as the same problem the
 * service gives a file past the limit, naming the limit. It runs before the platform's general
 * advice, which would only say "bad request"; attachments are this service's only uploads.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentTooLargeAdvice {

    private final Problems problems;
    private final AttachmentProperties limits;

    AttachmentTooLargeAdvice(Problems problems, AttachmentProperties limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        ProblemDetail problem = problems.build(request, 413, "attachment-too-large",
                new Object[]{limits.maxBytesReadable()}, List.of());
        return ResponseEntity.status(413).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
