package io.quire.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are delivered.
 *
 * @param allowPrivateTargets allow targets on loopback, private, link-local or metadata addresses (development
 *         and tests only)
 * @param allowedTargetRanges address ranges (CIDR, such as {@code 10.1.2.0/24}) that may be called although they
 *         are not globally reachable: a receiver inside the operator's own network
 * @param connectTimeout how long to wait for a receiver to accept the connection
 * @param readTimeout how long to wait for a receiver's answer once connected
 * @param maxAttempts attempts of one delivery before it is marked FAILED
 * @param initialBackoff the wait after the first failed attempt; it doubles after every further one
 * @param maxBackoff the longest wait between two attempts
 * @param dispatchInterval how often due deliveries are looked for
 * @param concurrency deliveries in flight at once, per instance
 * @param retention how long finished deliveries (and their attempts) are kept
 */
@Validated
@ConfigurationProperties("cms.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue({}) List<String> allowedTargetRanges,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration readTimeout,
        @DefaultValue("10") @Min(1) @Max(100) int maxAttempts,
        @DefaultValue("30s") @NotNull Duration initialBackoff,
        @DefaultValue("1h") @NotNull Duration maxBackoff,
        @DefaultValue("1s") @NotNull Duration dispatchInterval,
        @DefaultValue("20") @Min(1) @Max(500) int concurrency,
        @DefaultValue("30d") @NotNull Duration retention) {

    WebhookProperties {
        allowedTargetRanges = allowedTargetRanges == null ? List.of() : List.copyOf(allowedTargetRanges);
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(readTimeout, "read-timeout");
        requirePositive(initialBackoff, "initial-backoff");
        requirePositive(dispatchInterval, "dispatch-interval");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("cms.webhooks.max-backoff must not be shorter than initial-backoff");
        }
    }

    /** How long a claimed delivery is reserved for the attempt in flight: past it, another attempt may start. */
    Duration lease() {
        return connectTimeout.plus(readTimeout).plusMinutes(1);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("cms.webhooks." + name + " must be positive");
        }
    }
}
