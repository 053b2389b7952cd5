package vn.coop.sangtao.platform.problem;

import java.util.List;

/**
 * A failure the caller should understand, answered as RFC 9457 problem+json. The {@code code}
 * names the message in the problem bundles ({@code problem.<code>.title/detail}), so the same
 * failure reads in Vietnamese or English.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final transient List<FieldProblem> errors;

    public ApiProblem(int status, String code, List<FieldProblem> errors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    /** Unknown record, or a record of another tenant: the caller must not learn which. */
    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(404, "not-found", List.of(), what, id);
    }

    /** A business rule refuses the request (422). */
    public static ApiProblem rule(String code, Object... args) {
        return new ApiProblem(422, code, List.of(), args);
    }

    /**
     * A business rule refuses particular fields of the request (422). Each field's message is a
     * message code, so that it reads in the caller's language.
     */
    public static ApiProblem ruleOnFields(String code, List<FieldProblem> errors, Object... args) {
        return new ApiProblem(422, code, errors, args);
    }

    /** The caller may see the record but not act on it this way (403), e.g. another unit's people. */
    public static ApiProblem forbidden(String code, Object... args) {
        return new ApiProblem(403, code, List.of(), args);
    }

    /** A version conflict or a duplicate (409). */
    public static ApiProblem conflict(String code, Object... args) {
        return new ApiProblem(409, code, List.of(), args);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
