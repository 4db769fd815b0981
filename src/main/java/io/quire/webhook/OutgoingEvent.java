package io.quire.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event as the webhooks announce it, recorded once however many subscriptions want it. {@link #data()} is
 * the JSON sent as {@code data}: the article or comment as the public API showed it when the event was fanned out.
 */
@Entity
@Table(name = "webhook_events")
class OutgoingEvent {

    @Id
    private UUID id;

    @Column(name = "event_name", nullable = false, length = 40)
    private String eventName;

    /** The article the event is about: deliveries about the same article go out in order. */
    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Up to 10 million characters: an article's body and HTML, JSON-escaped. Still a VARCHAR on every database. */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "payload", nullable = false, length = 10_000_000)
    private String data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutgoingEvent() {}

    OutgoingEvent(UUID id, WebhookEvent event, UUID subjectId, Instant occurredAt, String data, Instant now) {
        this.id = id;
        this.eventName = event.wireName();
        this.subjectId = subjectId;
        this.occurredAt = occurredAt;
        this.data = data;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String eventName() {
        return eventName;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String data() {
        return data;
    }
}
