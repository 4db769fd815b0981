package io.quire.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Waits between attempts: exponential (the initial wait doubles after every failed attempt, up to a maximum)
 * with "equal jitter" (a random point in the upper half of that wait), so receivers coming back after an outage
 * are not hit by every pending delivery at the same instant.
 */
record Backoff(Duration initial, Duration max, RandomGenerator random) {

    /** The wait after the given number of failed attempts (1 after the first). */
    Duration after(int failedAttempts) {
        long ceiling = ceiling(failedAttempts).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** The wait before jitter: initial × 2^(failedAttempts − 1), at most {@link #max()}. */
    Duration ceiling(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
