package io.quire.core.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quire.core.domain.RateLimited;
import java.util.function.Function;

/**
 * Per-client token buckets (Bucket4j) of one limit, made by {@link RateLimits}: held in memory or
 * in the database, so that the limit holds for one instance or across all of them.
 */
public final class RateLimiter {

    private final Function<String, Bucket> buckets;

    RateLimiter(Function<String, Bucket> buckets) {
        this.buckets = buckets;
    }

    /** Takes one token for the key, or fails with 429 and the seconds to wait. */
    public void consume(String key, String detail) {
        ConsumptionProbe probe = buckets.apply(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimited(detail, secondsOf(probe.getNanosToWaitForRefill()));
        }
    }

    /** Fails with 429 when the key has no token left, without taking one. */
    public void requireAvailable(String key, String detail) {
        Bucket bucket = buckets.apply(key);
        if (bucket.getAvailableTokens() < 1) {
            throw new RateLimited(
                    detail, secondsOf(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
        }
    }

    /** Takes one token if there is one; used to count failures. */
    public void record(String key) {
        buckets.apply(key).tryConsume(1);
    }

    private static long secondsOf(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
