package vn.coop.sangtao.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.coop.sangtao.platform.file.ReceivedFile;
import vn.coop.sangtao.platform.file.UploadLimit;

import java.util.Comparator;
import java.util.List;

/**
 * Turns every exception that reaches Spring MVC into problem+json: the framework's own (malformed
 * JSON, unknown fields, validation, unknown paths, wrong methods) and Sangtao's {@link ApiProblem}s.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;
    private final RequestErrors requestErrors;
    private final ObjectProvider<UploadLimit> uploadLimit;

    /** {@code uploadLimit}: the service's {@link UploadLimit}, where it takes uploads. */
    public ProblemAdvice(Problems problems, ObjectProvider<UploadLimit> uploadLimit) {
        this.problems = problems;
        this.requestErrors = new RequestErrors(problems);
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem ex, HttpServletRequest request) {
        return answer(request, ex.status(), ex.code(), ex.args(), localized(ex.errors(), request), new HttpHeaders());
    }

    /** Field messages of an {@link ApiProblem} are message codes; they are read in the caller's language. */
    private List<FieldProblem> localized(List<FieldProblem> errors, HttpServletRequest request) {
        return errors.stream().map(e -> new FieldProblem(e.field(), problems.messages()
                .getMessage(e.message(), null, e.message(), problems.locale(request)))).toList();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(HttpServletRequest request) {
        return answer(request, 403, "forbidden", new Object[0], List.of(), new HttpHeaders());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> versionConflict(HttpServletRequest request) {
        return answer(request, 409, "version-conflict", new Object[0], List.of(), new HttpHeaders());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(HttpServletRequest request) {
        return answer(request, 409, "duplicate", new Object[0], List.of(), new HttpHeaders());
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<Object> storeDown(DataAccessResourceFailureException ex, HttpServletRequest request) {
        log.warn("document store unavailable: {}", ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return answer(request, 503, "store-unavailable", new Object[0], List.of(), headers);
    }

    /**
     * A request parameter refused by method validation on a {@code @Validated} controller (for
     * example {@code page=-1}): the field is the parameter's name, the message the constraint's.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
        return answer(request, 400, "validation-failed", new Object[0], errors, new HttpHeaders());
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return answer(request, 500, "internal-error", new Object[0], List.of(), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        return answer(servlet, 400, "validation-failed", new Object[0],
                requestErrors.fieldErrors(ex.getBindingResult(), servlet), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        return answer(servlet, 400, "validation-failed", new Object[0],
                requestErrors.parameterErrors(ex, servlet), headers);
    }

    /**
     * A multipart request the servlet container cut off for its size: the same problem as a file past
     * the service's limit, naming the limit, rather than a bare "bad request".
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        UploadLimit limit = uploadLimit.getIfAvailable();
        if (limit == null) {
            return answer(servlet(request), 413, "payload-too-large", new Object[0], List.of(), headers);
        }
        ApiProblem tooLarge = ReceivedFile.tooLarge(limit);
        return answer(servlet(request), tooLarge.status(), tooLarge.code(), tooLarge.args(), List.of(), headers);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        RequestErrors.Classified classified = requestErrors.classify(ex, statusCode.value(), servlet);
        return answer(servlet, classified.status(), classified.code(), new Object[0], classified.errors(), headers);
    }

    private ResponseEntity<Object> answer(HttpServletRequest request, int status, String code, Object[] args,
                                          List<FieldProblem> errors, HttpHeaders headers) {
        ProblemDetail body = problems.build(request, status, code, args, errors);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }
}
