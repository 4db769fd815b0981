package io.quire.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at a delivery, as the delivery log shows it. */
@Entity
@Table(name = "webhook_delivery_attempts")
class DeliveryAttempt {

    static final int MAX_ERROR = 500;
    static final int MAX_RESPONSE_BODY = 4096;

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(length = MAX_ERROR)
    private String error;

    @Column(name = "response_body", length = MAX_RESPONSE_BODY)
    private String responseBody;

    protected DeliveryAttempt() {}

    DeliveryAttempt(UUID deliveryId, AttemptResult result) {
        this.id = UUID.randomUUID();
        this.deliveryId = deliveryId;
        this.attemptedAt = result.attemptedAt();
        this.statusCode = result.statusCode();
        this.durationMs = result.durationMs();
        this.error = cut(result.error(), MAX_ERROR);
        this.responseBody = cut(result.responseBody(), MAX_RESPONSE_BODY);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    UUID deliveryId() {
        return deliveryId;
    }

    AttemptView view() {
        return new AttemptView(attemptedAt, statusCode, durationMs, error, responseBody);
    }
}
