package io.quire.core.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.quire.core.domain.RateLimited;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Per-client token buckets (Bucket4j) of one limit, made by {@link RateLimiters}: held in memory or in the database,
 * so that the limit holds for one instance or across all of them. Every consultation announces the limit on the
 * answer of the current request, as the IETF httpapi rate-limit headers draft says: {@code RateLimit-Policy:
 * "<policy>";q=<quota>;w=<window seconds>} and {@code RateLimit: "<policy>";r=<remaining>;t=<seconds until the quota
 * is whole again>}, so a client sees the limit on every answer of a limited operation, successes and failures alike.
 * The remaining count is the one the bucket answered with, so with shared buckets it is the same whichever instance
 * serves the request.
 */
public final class RateLimiter {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String HEADER = "RateLimit";

    private final String policy;
    private final long capacity;
    private final Duration period;
    private final Function<String, Bucket> buckets;

    /**
     * @param policy the policy's name in the headers, such as {@code sign-in}
     * @param capacity how many requests (or failures) one client may make within {@code period}
     * @param buckets the bucket of a client key
     */
    RateLimiter(String policy, long capacity, Duration period, Function<String, Bucket> buckets) {
        this.policy = policy;
        this.capacity = capacity;
        this.period = period;
        this.buckets = buckets;
    }

    /** Announces the key's limit on the current answer, taking nothing. */
    public void announce(String key) {
        announce(buckets.apply(key).estimateAbilityToConsume(1).getRemainingTokens());
    }

    /** Writes the headers for the key on this answer, without taking a token; for callers outside a request context. */
    public void announce(String key, HttpServletResponse response) {
        write(response, buckets.apply(key).estimateAbilityToConsume(1).getRemainingTokens());
    }

    /** Takes one token for the key, or fails with 429 and the seconds to wait. */
    public void consume(String key, String detail) {
        ConsumptionProbe probe = buckets.apply(key).tryConsumeAndReturnRemaining(1);
        announce(probe.getRemainingTokens());
        if (!probe.isConsumed()) {
            throw new RateLimited(detail, secondsOf(probe.getNanosToWaitForRefill()));
        }
    }

    /** Fails with 429 when the key has no token left, without taking one. */
    public void requireAvailable(String key, String detail) {
        EstimationProbe probe = buckets.apply(key).estimateAbilityToConsume(1);
        announce(probe.getRemainingTokens());
        if (!probe.canBeConsumed()) {
            throw new RateLimited(detail, secondsOf(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one token if there is one; used to count failures. */
    public void record(String key) {
        announce(buckets.apply(key).tryConsumeAndReturnRemaining(1).getRemainingTokens());
    }

    /** Writes the headers on the answer of the request being served, if there is one. */
    private void announce(long remainingTokens) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        write(attributes.getResponse(), remainingTokens);
    }

    private void write(HttpServletResponse response, long remainingTokens) {
        long remaining = Math.max(0, remainingTokens);
        // Seconds until the bucket is full again: the missing tokens come back evenly over the period.
        long missing = capacity - remaining;
        long reset = missing == 0 ? 0 : secondsOf(period.toNanos() / capacity * missing);
        response.setHeader(POLICY_HEADER, "\"%s\";q=%d;w=%d".formatted(policy, capacity, period.toSeconds()));
        response.setHeader(HEADER, "\"%s\";r=%d;t=%d".formatted(policy, remaining, reset));
    }

    private static long secondsOf(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
