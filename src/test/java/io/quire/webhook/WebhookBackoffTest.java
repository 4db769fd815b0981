package io.quire.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Retry waits: doubling from the initial wait up to the maximum, jittered within the upper half. */
class WebhookBackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), new Random());

    @Test
    void doublesUpToTheMaximum() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.ceiling(8)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofHours(1));
    }

    @RepeatedTest(20)
    void jittersWithinTheUpperHalf() {
        for (int failures = 1; failures <= 12; failures++) {
            Duration ceiling = backoff.ceiling(failures);
            assertThat(backoff.after(failures)).isBetween(ceiling.dividedBy(2), ceiling);
        }
    }

    @Test
    void spreadsRetriesOfManyDeliveries() {
        long distinct = IntStream.range(0, 50)
                .mapToObj(i -> backoff.after(3))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void tenAttemptsSpanMoreThanTheHourAReceiverMayBeDown() {
        Duration shortest = Duration.ZERO;
        for (int failures = 1; failures < 10; failures++) {
            shortest = shortest.plus(backoff.ceiling(failures).dividedBy(2));
        }
        assertThat(shortest).isGreaterThan(Duration.ofHours(1));
    }
}
