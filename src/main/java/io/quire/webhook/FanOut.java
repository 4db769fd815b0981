package io.quire.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one event into one delivery per subscription that wants it. Ids are derived from the event and the
 * subscription, so handling the same event twice (a publication resubmitted after a crash) records nothing new
 * and receivers never see one event under two delivery ids.
 */
@Component
class FanOut {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final Webhooks webhooks;
    private final OutgoingEvents events;
    private final Deliveries deliveries;
    private final JsonMapper json;
    private final Clock clock;

    FanOut(Webhooks webhooks, OutgoingEvents events, Deliveries deliveries, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.events = events;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the event for every subscription that wants it. Runs in the caller's transaction.
     *
     * @param subjectId the article the event is about, which orders deliveries
     * @param resourceId the article or comment the event names
     * @param data what to send as {@code data}; empty when there is nothing to announce any more
     */
    void record(
            WebhookEvent event,
            UUID subjectId,
            UUID resourceId,
            Instant occurredAt,
            Supplier<? extends Optional<?>> data) {
        List<Webhook> targets =
                webhooks.findAll().stream().filter(w -> w.wants(event)).toList();
        if (targets.isEmpty()) {
            return;
        }
        UUID eventId = nameBased(event.wireName() + "|" + resourceId + "|" + occurredAt);
        if (events.existsById(eventId)) {
            log.debug("Event {} of {} was fanned out before", event.wireName(), resourceId);
            return;
        }
        Optional<?> content = data.get();
        if (content.isEmpty()) {
            log.debug("Not announcing {} of {}: the public cannot see it any more", event.wireName(), resourceId);
            return;
        }
        Instant now = Instant.now(clock);
        OutgoingEvent recorded = events.save(
                new OutgoingEvent(eventId, event, subjectId, occurredAt, json.writeValueAsString(content.get()), now));
        for (Webhook webhook : targets) {
            UUID deliveryId = nameBased(eventId + "|" + webhook.id());
            deliveries.save(new Delivery(deliveryId, webhook.id(), recorded, event, subjectId, now));
        }
    }

    /** Queues a ping for one subscription: a delivery of its own, outside any article's order. */
    Delivery ping(Webhook webhook) {
        Instant now = Instant.now(clock);
        var data = new PingData(webhook.id(), webhook.url(), webhook.eventNames());
        OutgoingEvent recorded = events.save(
                new OutgoingEvent(UUID.randomUUID(), WebhookEvent.PING, null, now, json.writeValueAsString(data), now));
        return deliveries.save(new Delivery(UUID.randomUUID(), webhook.id(), recorded, WebhookEvent.PING, null, now));
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code data} of a ping: which subscription it tests. */
    record PingData(UUID webhookId, String url, List<String> events) {}
}
