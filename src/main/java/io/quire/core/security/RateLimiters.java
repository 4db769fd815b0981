package io.quire.core.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The rate limits of the application by policy name, so the web layer can announce a limit before it is used. */
@Component
public class RateLimiters {

    private final Map<String, RateLimiter> byPolicy = new ConcurrentHashMap<>();

    RateLimiters() {}

    /** A new limit named {@code policy}; names are unique. */
    public RateLimiter create(String policy, long capacity, Duration period) {
        RateLimiter limiter = new RateLimiter(policy, capacity, period);
        if (byPolicy.putIfAbsent(policy, limiter) != null) {
            throw new IllegalStateException("Two rate limits are named " + policy);
        }
        return limiter;
    }

    public Optional<RateLimiter> named(String policy) {
        return Optional.ofNullable(byPolicy.get(policy));
    }
}
