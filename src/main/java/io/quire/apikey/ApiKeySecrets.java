package io.quire.apikey;

import io.quire.core.security.OpaqueTokens;
import java.util.regex.Pattern;

/**
 * The form of a key: {@value #PREFIX} and 43 base64url characters (256 random bits), so it is told apart from an
 * access token (a JWT starts with {@code eyJ}) and found by secret scanners. Its SHA-256 is what is stored.
 */
final class ApiKeySecrets {

    static final String PREFIX = "quire_key_";
    private static final Pattern FORM = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{" + OpaqueTokens.RANDOM_CHARS + "}");

    private ApiKeySecrets() {}

    static String generate() {
        return OpaqueTokens.generate(PREFIX);
    }

    static boolean hasPrefix(String credential) {
        return credential.startsWith(PREFIX);
    }

    static boolean wellFormed(String credential) {
        return FORM.matcher(credential).matches();
    }

    static String hash(String key) {
        return OpaqueTokens.hash(key);
    }
}
