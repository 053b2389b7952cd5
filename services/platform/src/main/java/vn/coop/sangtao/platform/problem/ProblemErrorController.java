package vn.coop.sangtao.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Answers the servlet container's error dispatch (errors raised outside Spring MVC, e.g. by Tomcat
 * on a malformed request line) with problem+json instead of the default error page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Map<Integer, String> CODES = Map.of(
            400, "bad-request", 401, "unauthorized", 403, "forbidden", 404, "no-such-path",
            405, "method-not-allowed", 413, "payload-too-large", 415, "unsupported-media-type");

    private final Problems problems;

    public ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object raw = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = raw instanceof Integer code ? code : 500;
        String code = CODES.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request");
        ProblemDetail problem = problems.build(request, status, code, new Object[0], List.of());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
