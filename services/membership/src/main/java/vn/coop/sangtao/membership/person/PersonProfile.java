package vn.coop.sangtao.membership.person;

/**
 * What is recorded about a person. {@code phone} and {@code email} are personal data: only the
 * alliance's staff and the person (the Sangtao account {@code username}) see them, and they never
 * enter an event, the audit trail or a log line.
 */
public record PersonProfile(String fullName, PersonKind kind, String position, Gender gender, Integer birthYear,
                            String phone, String email, String username) {

    PersonProfile trimmed() {
        return new PersonProfile(fullName.trim(), kind, blankToNull(position), gender, birthYear, blankToNull(phone),
                blankToNull(email), blankToNull(username));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
