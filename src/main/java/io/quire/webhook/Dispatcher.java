package io.quire.webhook;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries, every {@code cms.webhooks.dispatch-interval}. With several instances only one
 * dispatches at a time (a ShedLock lock in the database); each claims what it sends, so even a dispatcher
 * whose lock ran out cannot send a delivery that another one is sending. The scheduler thread only claims:
 * the attempts run on the sender's threads, at most {@code cms.webhooks.concurrency} at once.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryLog deliveries;
    private final PendingFanOuts pendingFanOuts;
    private final WebhookSender sender;
    private final int concurrency;
    private final AtomicInteger inFlight = new AtomicInteger();

    Dispatcher(
            DeliveryLog deliveries, PendingFanOuts pendingFanOuts, WebhookSender sender, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.pendingFanOuts = pendingFanOuts;
        this.sender = sender;
        this.concurrency = properties.concurrency();
    }

    @Scheduled(
            initialDelayString = "${cms.webhooks.dispatch-interval:1s}",
            fixedDelayString = "${cms.webhooks.dispatch-interval:1s}")
    @SchedulerLock(name = "webhook-dispatch", lockAtMostFor = "PT1M")
    public void dispatch() {
        int capacity = concurrency - inFlight.get();
        if (capacity <= 0) {
            return;
        }
        List<Outgoing> claimed;
        try {
            // Pending fan-outs first: whatever completes after this read has its deliveries in the claim's view.
            Set<UUID> held = pendingFanOuts.articles();
            claimed = deliveries.claim(capacity, held);
        } catch (OptimisticLockingFailureException e) {
            log.debug("A due delivery changed or was deleted while being claimed; claiming again next time");
            return;
        } catch (RuntimeException e) {
            log.warn("Could not claim due webhook deliveries: {}", e.getMessage());
            return;
        }
        for (Outgoing outgoing : claimed) {
            inFlight.incrementAndGet();
            sender.sendAsync(outgoing)
                    .thenAccept(result -> deliveries.record(outgoing.deliveryId(), result))
                    .whenComplete((done, error) -> {
                        inFlight.decrementAndGet();
                        if (error != null) {
                            log.warn("Could not record the attempt of {}: {}", outgoing, error.getMessage());
                        }
                    });
        }
    }
}
