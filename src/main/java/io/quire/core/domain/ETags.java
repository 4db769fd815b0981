package io.quire.core.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strong entity tags computed from the JSON a client receives, so a tag changes exactly when the
 * representation does, and the same tag serves {@code If-None-Match} and {@code If-Match}.
 */
@Component
public class ETags {

    private final JsonMapper json;

    ETags(JsonMapper json) {
        this.json = json;
    }

    /** The quoted entity tag of this representation. */
    public String of(Object representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(representation));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails unless the precondition holds for the current representation.
     *
     * @throws StaleVersion when the caller's copy is stale
     */
    public void check(Precondition precondition, Object current, long currentVersion) {
        precondition.check(of(current), currentVersion);
    }
}
