package io.quire.article;

import io.quire.core.security.DerivedKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Writes and reads list cursors. A cursor is signed (HMAC-SHA256 with a key derived from the token signing key,
 * so every instance that shares that key accepts the cursors of the others): its page number and position are
 * trusted only because this server wrote them. A cursor that was altered, cut or made up is a 400 naming
 * {@code after}.
 */
@Component
class ListCursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKey key;

    ListCursors(DerivedKeys keys) {
        this.key = keys.forPurpose("list-cursor");
    }

    String encode(ListCursor cursor) {
        byte[] payload =
                (cursor.page() + "\n" + cursor.lastId() + "\n" + cursor.lastValue()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    ListCursor decode(String token) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0) {
                throw ListCursor.forged();
            }
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw ListCursor.forged();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3) {
                throw ListCursor.forged();
            }
            return new ListCursor(Integer.parseInt(parts[0]), UUID.fromString(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            throw ListCursor.forged();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
