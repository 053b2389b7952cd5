package vn.coop.sangtao.platform.problem;

/** One field of the request that is wrong, with a message in the caller's language. */
public record FieldProblem(String field, String message) {
}
