package io.quire.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Housekeeping, once a minute on one instance: fan-outs that have not completed within a minute (their
 * listener failed, or the database was unreachable) are handed to the listener again, and finished deliveries
 * older than {@code cms.webhooks.retention} are forgotten.
 */
@Component
class WebhookMaintenance {

    static final Duration STUCK_AFTER = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;
    private final DeliveryLog deliveries;
    private final Duration retention;
    private final Clock clock;

    WebhookMaintenance(
            IncompleteEventPublications incomplete, DeliveryLog deliveries, WebhookProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.deliveries = deliveries;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "1m", fixedDelayString = "1m")
    @SchedulerLock(name = "webhook-maintenance", lockAtMostFor = "PT5M")
    public void run() {
        Instant now = Instant.now(clock);
        Instant stuckBefore = now.minus(STUCK_AFTER);
        incomplete.resubmitIncompletePublications(publication -> PendingFanOuts.isFanOut(publication)
                && publication.getPublicationDate().isBefore(stuckBefore));
        deliveries.purgeFinishedBefore(now.minus(retention));
    }
}
