package io.quire.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The form of a key: {@value #PREFIX} and 43 base64url characters (256 random bits), so it is told apart from an
 * access token (a JWT starts with {@code eyJ}) and found by secret scanners. A key that random needs no slow hash:
 * its SHA-256 is what is stored and looked up.
 */
final class ApiKeySecrets {

    static final String PREFIX = "quire_key_";
    private static final Pattern FORM = Pattern.compile("quire_key_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean hasPrefix(String credential) {
        return credential.startsWith(PREFIX);
    }

    static boolean wellFormed(String credential) {
        return FORM.matcher(credential).matches();
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
