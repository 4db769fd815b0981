package io.quire.user;

import io.quire.core.domain.Unauthenticated;
import io.quire.core.security.RateLimiter;
import io.quire.core.security.RateLimits;
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
 * Exchanges a username and password for a signed access token. The answer to bad
 * credentials is the same whether the user exists or not, and takes as long; repeated
 * failures from one client are throttled.
 */
@Service
public class SignIn {

    private final Users users;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final SecurityProperties security;
    private final RateLimiter failures;
    private final Clock clock;
    private final String dummyHash;

    SignIn(
            Users users,
            PasswordEncoder passwords,
            JwtEncoder encoder,
            SecurityProperties security,
            AuthProperties auth,
            RateLimits limits,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.encoder = encoder;
        this.security = security;
        this.failures = limits.limiter("sign-in-failures", auth.maxFailures(), auth.failureWindow());
        this.clock = clock;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Transactional(readOnly = true)
    public TokenView token(String username, String password, String clientKey) {
        failures.requireAvailable(clientKey, "Too many failed sign-ins from this client; wait and try again.");
        Optional<User> user = users.findByUsername(username);
        boolean matches =
                passwords.matches(password, user.map(User::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !matches || !user.get().enabled()) {
            failures.record(clientKey);
            throw new BadCredentials();
        }
        return issue(user.get());
    }

    private TokenView issue(User user) {
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
        return new TokenView(token, "Bearer", security.tokenTtl().toSeconds());
    }

    /** Wrong username or password: one answer for both. */
    static class BadCredentials extends Unauthenticated {
        BadCredentials() {
            super("bad-credentials", "The username or password is wrong.");
        }
    }
}
