package vn.coop.sangtao.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Gives framework exceptions about bad requests a stable code and localized field errors. */
class RequestErrors {

    record Classified(int status, String code, List<FieldProblem> errors) {
    }

    private final Problems problems;

    RequestErrors(Problems problems) {
        this.problems = problems;
    }

    Classified classify(Exception ex, int status, HttpServletRequest request) {
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, request);
        }
        if (ex instanceof NoResourceFoundException) {
            return new Classified(404, "no-such-path", List.of());
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return new Classified(405, "method-not-allowed", List.of());
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return new Classified(415, "unsupported-media-type", List.of());
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return new Classified(400, "validation-failed",
                    List.of(new FieldProblem(missing.getParameterName(), message("Required", request))));
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return new Classified(400, "validation-failed",
                    List.of(new FieldProblem(mismatch.getName(), message("typeMismatch", request))));
        }
        return new Classified(status, status >= 500 ? "internal-error" : "bad-request", List.of());
    }

    List<FieldProblem> fieldErrors(BindingResult result, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), resolve(e, locale))));
        result.getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), resolve(e, locale))));
        return errors;
    }

    List<FieldProblem> parameterErrors(HandlerMethodValidationException ex, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        return ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new FieldProblem(r.getMethodParameter().getParameterName(), resolve(e, locale))))
                .collect(Collectors.toList());
    }

    private Classified unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof PayloadTooLargeException || ex.getMostSpecificCause() instanceof PayloadTooLargeException) {
            return new Classified(413, "payload-too-large", List.of());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Classified(400, "unknown-field",
                    List.of(new FieldProblem(path(unknown), message("unknownField", request))));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return new Classified(400, "validation-failed",
                    List.of(new FieldProblem(path(databind), message("typeMismatch", request))));
        }
        return new Classified(400, "malformed-body", List.of());
    }

    private static String path(DatabindException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private String message(String code, HttpServletRequest request) {
        return problems.messages().getMessage(code, null, code, problems.locale(request));
    }

    private String resolve(MessageSourceResolvable error, Locale locale) {
        return problems.messages().getMessage(error, locale);
    }
}
