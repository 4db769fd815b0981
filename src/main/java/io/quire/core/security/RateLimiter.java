package io.quire.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quire.core.domain.RateLimited;
import java.time.Duration;

/**
 * Per-client token buckets (Bucket4j) held in a bounded Caffeine cache, so a flood of
 * distinct clients cannot exhaust memory. Limits are per instance.
 */
public final class RateLimiter {

    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(long capacity, Duration period) {
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

    /** Takes one token for the key, or fails with 429 and the seconds to wait. */
    public void consume(String key, String detail) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimited(detail, secondsOf(probe.getNanosToWaitForRefill()));
        }
    }

    /** Fails with 429 when the key has no token left, without taking one. */
    public void requireAvailable(String key, String detail) {
        Bucket bucket = bucket(key);
        if (bucket.getAvailableTokens() < 1) {
            throw new RateLimited(
                    detail, secondsOf(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
        }
    }

    /** Takes one token if there is one; used to count failures. */
    public void record(String key) {
        bucket(key).tryConsume(1);
    }

    private static long secondsOf(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
