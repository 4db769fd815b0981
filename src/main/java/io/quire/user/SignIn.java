package io.quire.user;

import io.quire.core.domain.GrantRefused;
import io.quire.core.domain.InvalidGrant;
import io.quire.core.security.RateLimiter;
import io.quire.core.security.RateLimiters;
import io.quire.core.security.SecurityProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges a username and password, or a refresh token, for a signed access token and the next
 * refresh token. The answer to bad credentials is the same whether the user exists or not, and
 * takes as long; repeated failures from one client are throttled.
 */
@Service
public class SignIn {

    /** The rate limit of failed sign-ins per client, by its name in the {@code RateLimit} headers. */
    public static final String POLICY = "sign-in";

    private final Users users;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final SecurityProperties security;
    private final RateLimiter failures;
    private final RefreshTokenFamilies refreshTokens;
    private final Clock clock;
    private final String dummyHash;

    SignIn(
            Users users,
            PasswordEncoder passwords,
            JwtEncoder encoder,
            SecurityProperties security,
            AuthProperties auth,
            RateLimiters limiters,
            RefreshTokenFamilies refreshTokens,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.encoder = encoder;
        this.security = security;
        this.failures = limiters.create(POLICY, auth.maxFailures(), auth.failureWindow());
        this.refreshTokens = refreshTokens;
        this.clock = clock;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Transactional
    public TokenView token(String username, String password, String clientKey) {
        failures.requireAvailable(clientKey, "Too many failed sign-ins from this client; wait and try again.");
        Optional<User> user = users.findByUsername(username);
        boolean matches =
                passwords.matches(password, user.map(User::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !matches || !user.get().enabled()) {
            failures.record(clientKey);
            throw new BadCredentials();
        }
        return issue(user.get(), refreshTokens.start(user.get().id()));
    }

    /**
     * The next pair for a refresh token, which stops working (rotation). An unknown, expired or revoked token, one
     * used before (which ends its whole family), or one of a user since disabled: one answer, 400 invalid_grant.
     */
    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    public TokenView refresh(String refreshToken, String clientKey) {
        failures.requireAvailable(clientKey, "Too many failed sign-ins from this client; wait and try again.");
        Optional<TokenView> renewed = refreshTokens.rotate(refreshToken).flatMap(renewal -> users.findById(
                        renewal.userId())
                .filter(User::enabled)
                .map(user -> issue(user, renewal.refreshToken())));
        if (renewed.isEmpty()) {
            failures.record(clientKey);
            throw new InvalidRefreshToken();
        }
        return renewed.get();
    }

    /** Ends the sign-in a refresh token belongs to (RFC 7009); any other token is ignored. */
    @Transactional
    public void revoke(String token) {
        refreshTokens.revoke(token);
    }

    private TokenView issue(User user, String refreshToken) {
        Instant now = Instant.now(clock);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(security.tokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim("uid", user.id().toString())
                .claim("roles", user.roles().stream().map(Enum::name).sorted().toList())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new TokenView(token, "Bearer", security.tokenTtl().toSeconds(), refreshToken);
    }

    /** A refresh token that cannot be used: one answer whatever the reason. */
    static class InvalidRefreshToken extends InvalidGrant {
        InvalidRefreshToken() {
            super(
                    "invalid-refresh-token",
                    "The refresh token is unknown, expired, revoked or was used before. Sign in again.");
        }
    }

    /** Wrong username or password: one answer for both, in the words Swagger UI shows the editor. */
    static class BadCredentials extends GrantRefused {
        BadCredentials() {
            super("invalid_grant", "Wrong username or password.");
        }
    }
}
