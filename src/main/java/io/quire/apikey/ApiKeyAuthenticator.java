package io.quire.apikey;

import io.quire.core.security.BearerKeys;
import io.quire.core.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the key of a request by its hash on every request, so a revoked key is refused at once, on every
 * instance. {@code lastUsedAt} is written at most once per {@link #USE_RECORDED_EVERY} and key, not on every
 * request.
 */
@Component
class ApiKeyAuthenticator implements BearerKeys {

    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiKeys keys;
    private final Clock clock;

    ApiKeyAuthenticator(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public boolean recognizes(String credential) {
        return ApiKeySecrets.hasPrefix(credential);
    }

    @Override
    @Transactional
    public Caller authenticate(String credential) {
        ApiKey key = (ApiKeySecrets.wellFormed(credential)
                        ? keys.findByKeyHash(ApiKeySecrets.hash(credential))
                        : Optional.<ApiKey>empty())
                .orElseThrow(() -> new InvalidBearerTokenException("Unknown API key"));
        Instant now = Instant.now(clock);
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
            keys.touch(key.id(), now, now.minus(USE_RECORDED_EVERY));
        }
        return Caller.withKey(key.scope());
    }
}
