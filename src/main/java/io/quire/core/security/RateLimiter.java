package io.quire.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.quire.core.domain.RateLimited;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Per-client token buckets (Bucket4j) held in a bounded Caffeine cache, so a flood of distinct clients cannot
 * exhaust memory. Limits are per instance. Every consultation announces the limit on the answer of the current
 * request, as the IETF httpapi rate-limit headers draft says: {@code RateLimit-Policy: "<policy>";q=<quota>;w=<window
 * seconds>} and {@code RateLimit: "<policy>";r=<remaining>;t=<seconds until the quota is whole again>}, so a client
 * sees the limit on every answer of a limited operation, successes and failures alike.
 */
public final class RateLimiter {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String HEADER = "RateLimit";

    private final String policy;
    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    /**
     * @param policy the policy's name in the headers, such as {@code sign-in}
     * @param capacity how many requests (or failures) one client may make within {@code period}
     */
    RateLimiter(String policy, long capacity, Duration period) {
        this.policy = policy;
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(period.multipliedBy(2))
                .build();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build());
    }

    /** Announces the key's limit on the current answer, taking nothing. */
    public void announce(String key) {
        announce(bucket(key));
    }

    /** Takes one token for the key, or fails with 429 and the seconds to wait. */
    public void consume(String key, String detail) {
        Bucket bucket = bucket(key);
        boolean consumed = bucket.tryConsume(1);
        announce(bucket);
        if (!consumed) {
            throw limited(bucket, detail);
        }
    }

    /** Fails with 429 when the key has no token left, without taking one. */
    public void requireAvailable(String key, String detail) {
        Bucket bucket = bucket(key);
        announce(bucket);
        if (bucket.getAvailableTokens() < 1) {
            throw limited(bucket, detail);
        }
    }

    /** Takes one token if there is one; used to count failures. */
    public void record(String key) {
        Bucket bucket = bucket(key);
        bucket.tryConsume(1);
        announce(bucket);
    }

    private static RateLimited limited(Bucket bucket, String detail) {
        return new RateLimited(
                detail, secondsOf(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** Writes the headers on the answer of the request being served, if there is one. */
    private void announce(Bucket bucket) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        long remaining = Math.max(0, bucket.getAvailableTokens());
        // Seconds until the bucket is full again: the missing tokens come back evenly over the period.
        long missing = capacity - remaining;
        long reset = missing == 0 ? 0 : secondsOf(period.toNanos() / capacity * missing);
        HttpServletResponse response = attributes.getResponse();
        response.setHeader(POLICY_HEADER, "\"%s\";q=%d;w=%d".formatted(policy, capacity, period.toSeconds()));
        response.setHeader(HEADER, "\"%s\";r=%d;t=%d".formatted(policy, remaining, reset));
    }

    private static long secondsOf(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
