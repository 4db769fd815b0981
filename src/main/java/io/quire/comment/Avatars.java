package io.quire.comment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The public stand-in for a commenter's e-mail address: HMAC-SHA256 of the trimmed, lower-cased
 * address, keyed by a secret derived from the instance's signing key. It is stable (the same
 * address always gives the same hash, so a frontend can draw the same avatar) but cannot be
 * reversed or checked against a guessed address without the key, unlike an MD5 Gravatar hash.
 */
@Component
class Avatars {

    private final SecretKeySpec key;

    Avatars(SecretKey signingKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("quire-avatar-v1:".getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest.digest(signingKey.getEncoded()), "HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String hashOf(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
