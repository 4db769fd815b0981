package io.quire.webhook;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of deliveries as the dispatcher moves them: claiming the due ones for an attempt, and recording how
 * each attempt went (delivered, retried later with backoff, or failed for good).
 */
@Component
@Transactional
class DeliveryLog {

    private final Deliveries deliveries;
    private final DeliveryAttempts attempts;
    private final Webhooks webhooks;
    private final OutgoingEvents events;
    private final WebhookProperties properties;
    private final Backoff backoff;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryLog(
            Deliveries deliveries,
            DeliveryAttempts attempts,
            Webhooks webhooks,
            OutgoingEvents events,
            WebhookProperties properties,
            Backoff backoff,
            JsonMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.webhooks = webhooks;
        this.events = events;
        this.properties = properties;
        this.backoff = backoff;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Claims up to {@code max} due deliveries that are first in line for their subscription and article, leaving
     * out those about the given articles, and reserves them for the attempt about to start.
     */
    List<Outgoing> claim(int max, Set<UUID> heldArticles) {
        Instant now = Instant.now(clock);
        List<Delivery> due = deliveries.findDueHeads(now, Limit.of(max)).stream()
                .filter(d -> d.subjectId() == null || !heldArticles.contains(d.subjectId()))
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<UUID, Webhook> hooks =
                byId(webhooks.findAllById(due.stream().map(Delivery::webhookId).toList()), Webhook::id);
        Map<UUID, OutgoingEvent> recorded =
                byId(events.findAllById(due.stream().map(Delivery::eventId).toList()), OutgoingEvent::id);
        List<Outgoing> claimed = new ArrayList<>();
        Instant leaseUntil = now.plus(properties.lease());
        for (Delivery delivery : due) {
            Webhook webhook = hooks.get(delivery.webhookId());
            OutgoingEvent event = recorded.get(delivery.eventId());
            if (webhook == null || event == null) {
                continue;
            }
            delivery.claim(leaseUntil);
            String body = json.writeValueAsString(
                    new Envelope(delivery.id(), event.eventName(), event.occurredAt(), event.data()));
            claimed.add(
                    new Outgoing(delivery.id(), URI.create(webhook.url()), webhook.secret(), event.eventName(), body));
        }
        return claimed;
    }

    /** Records an attempt: a 2xx answer delivers; anything else is retried after a backoff, or fails at the last. */
    void record(UUID deliveryId, AttemptResult result) {
        deliveries.findById(deliveryId).ifPresent(delivery -> {
            attempts.save(new DeliveryAttempt(delivery.id(), result));
            Instant now = Instant.now(clock);
            if (result.succeeded()) {
                delivery.delivered(now);
            } else {
                delivery.failed(now, properties.maxAttempts(), backoff.after(delivery.attempts() + 1));
            }
        });
    }

    /** Forgets deliveries finished before the cutoff, with their attempts, and events no delivery refers to. */
    void purgeFinishedBefore(Instant cutoff) {
        deliveries.deleteFinishedBefore(cutoff);
        events.deleteUnreferencedBefore(cutoff);
    }

    private static <T> Map<UUID, T> byId(List<T> list, Function<T, UUID> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The body of a delivery; {@code data} is the JSON recorded when the event was fanned out, as it is. */
    record Envelope(
            UUID id,
            String event,
            Instant occurredAt,
            @JsonRawValue String data) {}
}
