package io.quire.user;

import io.quire.core.security.OpaqueTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens by family (one family per sign-in): issues them, rotates them with reuse detection, and ends
 * them. Tokens are {@link OpaqueTokens}: only their SHA-256 is stored. Runs inside the callers' transactions.
 */
@Component
class RefreshTokenFamilies {

    static final String PREFIX = "quire_refresh_";

    private final RefreshTokens tokens;
    private final AuthProperties properties;
    private final Clock clock;

    RefreshTokenFamilies(RefreshTokens tokens, AuthProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first token of a new family, for a sign-in with username and password. */
    String start(UUID userId) {
        Instant now = Instant.now(clock);
        tokens.deleteExpiredOf(userId, now);
        return issue(UUID.randomUUID(), userId, now);
    }

    /**
     * The user a token was issued to and the family's next token, the token itself rotated; empty for a token
     * that is unknown or expired, and for one rotated before, whose whole family then ends.
     */
    Optional<Renewal> rotate(String token) {
        Instant now = Instant.now(clock);
        Optional<RefreshToken> found = tokens.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken current = found.get();
        if (!current.rotated() && current.expiredAt(now)) {
            return Optional.empty();
        }
        if (current.rotated() || tokens.rotate(current.id(), now) == 0) {
            // Presented a second time: one of the two holders is not the user. End the sign-in for both.
            tokens.deleteFamily(current.familyId());
            return Optional.empty();
        }
        return Optional.of(new Renewal(current.userId(), issue(current.familyId(), current.userId(), now)));
    }

    /** Ends the family of this token, if it is one (RFC 7009: an unknown token is no error). */
    void revoke(String token) {
        tokens.findByTokenHash(hash(token)).ifPresent(t -> tokens.deleteFamily(t.familyId()));
    }

    /** Ends every sign-in of the user: a new password, a disabled account. */
    void endAll(UUID userId) {
        tokens.deleteAllOf(userId);
    }

    private String issue(UUID familyId, UUID userId, Instant now) {
        String token = OpaqueTokens.generate(PREFIX);
        tokens.save(new RefreshToken(familyId, userId, hash(token), now, now.plus(properties.refreshTokenTtl())));
        return token;
    }

    private static String hash(String token) {
        return OpaqueTokens.hash(token);
    }

    record Renewal(UUID userId, String refreshToken) {}
}
