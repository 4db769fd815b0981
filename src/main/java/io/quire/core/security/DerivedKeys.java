package io.quire.core.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for signing things other than access tokens (list cursors, for instance), derived from the token signing key:
 * every instance that shares {@code cms.security.jwt-secret} derives the same ones, and no derived key can stand in
 * for the token key or for another purpose's key (HMAC-SHA256 of the purpose, keyed by the token key, as HKDF's
 * expand step does).
 */
public final class DerivedKeys {

    private final SecretKey master;

    DerivedKeys(SecretKey master) {
        this.master = master;
    }

    /** The HMAC-SHA256 key for one purpose, such as {@code "list-cursor"}. */
    public SecretKey forPurpose(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(master);
            byte[] key = mac.doFinal(("quire/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(key, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
