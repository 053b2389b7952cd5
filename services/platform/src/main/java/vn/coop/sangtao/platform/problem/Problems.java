package vn.coop.sangtao.platform.problem;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds every problem answer of a service the same way: a stable {@code type} and {@code code},
 * a localized title and detail, the request path as {@code instance}, the trace id, and field errors.
 */
public class Problems {

    public static final String TYPE_BASE = "https://sangtao.coop.vn/problems/";
    static final String REQUEST_ID = "X-Request-Id";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectProvider<Tracer> tracer;

    public Problems(MessageSource messages, LocaleResolver locales, ObjectProvider<Tracer> tracer) {
        this.messages = messages;
        this.locales = locales;
        this.tracer = tracer;
    }

    public ProblemDetail build(HttpServletRequest request, int status, String code, Object[] args,
                               List<FieldProblem> errors) {
        Locale locale = locale(request);
        String reason = reason(status);
        String title = messages.getMessage("problem." + code + ".title", null, reason, locale);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setDetail(messages.getMessage("problem." + code + ".detail", args, title, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        problem.setProperty("traceId", traceId(request));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    public MessageSource messages() {
        return messages;
    }

    private String traceId(HttpServletRequest request) {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span != null) {
            return span.context().traceId();
        }
        String requestId = request.getHeader(REQUEST_ID);
        return requestId != null && requestId.length() <= 100 ? requestId : UUID.randomUUID().toString();
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
