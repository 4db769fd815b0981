package io.quire.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one subscription. Its id is what receivers see as {@code X-CMS-Delivery}: the same
 * on every attempt, so they can ignore a delivery they have already handled.
 */
@Entity
@Table(name = "webhook_deliveries")
class Delivery {

    @Id
    private UUID id;

    @Column(name = "webhook_id", nullable = false)
    private UUID webhookId;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "event_name", nullable = false, length = 40)
    private String eventName;

    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "event_order", nullable = false)
    private int eventOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    /** Failed attempts since the delivery was queued (or queued again by hand). */
    @Column(nullable = false)
    private int attempts;

    /** When the next attempt is due; while an attempt is in flight, when that attempt's claim runs out. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Delivery() {}

    Delivery(UUID id, UUID webhookId, OutgoingEvent event, WebhookEvent type, UUID subjectId, Instant now) {
        this.id = id;
        this.webhookId = webhookId;
        this.eventId = event.id();
        this.eventName = type.wireName();
        this.eventOrder = type.ordinal();
        this.subjectId = subjectId;
        this.occurredAt = event.occurredAt();
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Reserves the delivery for an attempt that starts now, so no other dispatch sends it meanwhile. */
    void claim(Instant leaseUntil) {
        nextAttemptAt = leaseUntil;
    }

    void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        nextAttemptAt = null;
        updatedAt = now;
    }

    /** Schedules the next attempt after a failed one, or gives up after the last. */
    void failed(Instant now, int maxAttempts, Duration backoff) {
        attempts++;
        updatedAt = now;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** Queues a finished delivery again, with a fresh round of attempts and the same id. */
    void redeliver(Instant now) {
        if (status == DeliveryStatus.PENDING) {
            throw new DeliveryPending();
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID webhookId() {
        return webhookId;
    }

    UUID eventId() {
        return eventId;
    }

    String eventName() {
        return eventName;
    }

    UUID subjectId() {
        return subjectId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
