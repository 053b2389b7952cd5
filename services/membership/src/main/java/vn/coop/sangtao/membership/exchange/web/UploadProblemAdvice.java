package vn.coop.sangtao.membership.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.coop.sangtao.membership.exchange.ExchangeProperties;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.problem.Problems;

import java.util.List;

/**
 * Answers the failures of reading an upload as the import's problems rather than the generic ones:
 * too large (413), no {@code file} part (400), a body that is not a readable multipart form (400).
 */
@RestControllerAdvice(assignableTypes = {UnitExchangeController.class, PersonExchangeController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblemAdvice {

    private final Problems problems;
    private final ExchangeProperties limits;

    UploadProblemAdvice(Problems problems, ExchangeProperties limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return answer(request, 413, "import-too-large", List.of(), SheetUploads.megabytes(limits));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFile(MissingServletRequestPartException e, HttpServletRequest request) {
        String required = problems.messages().getMessage("Required", null, "Required", problems.locale(request));
        return answer(request, 400, "validation-failed", List.of(new FieldProblem(e.getRequestPartName(), required)));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return answer(request, 400, "unreadable-import", List.of());
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, int status, String code,
                                                 List<FieldProblem> errors, Object... args) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.build(request, status, code, args, errors));
    }
}
