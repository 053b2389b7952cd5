package vn.coop.sangtao.deploy;

import java.util.regex.Pattern;

/** How a value that must come from a Secret is recognised in an environment variable. */
final class SecretNames {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|secret|token|credential|private_key|api_key|mongodb_uri).*");

    /** scheme://user:password@host: a URI that carries credentials. */
    private static final Pattern CREDENTIALS_IN_URI = Pattern.compile("[a-z+]+://[^/\\s:@]+:[^/\\s@]+@");

    private SecretNames() {
    }

    static boolean looksSecret(String variableName) {
        return SECRET_NAME.matcher(variableName).matches();
    }

    static boolean carriesCredentials(String value) {
        return value != null && CREDENTIALS_IN_URI.matcher(value).find();
    }
}
