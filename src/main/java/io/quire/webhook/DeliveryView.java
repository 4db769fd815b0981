package io.quire.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery and every attempt at it, oldest attempt first. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(
                example = "0f3d2c1b-8a7e-4b6d-9c5e-4f3a2b1c0d9e",
                description = "Sent as `X-CMS-Delivery` and " + "as the body's `id`; the same on every attempt.")
        UUID id,

        @Schema(example = "5b0c7a8e-2f43-4d1a-9c6e-1f2a3b4c5d6e")
        UUID webhookId,

        @Schema(example = "article.published") String event,
        @Schema(example = "PENDING") DeliveryStatus status,

        @Schema(example = "2026-11-28T10:15:30Z", description = "When the event happened.")
        Instant occurredAt,

        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,

        @Schema(
                example = "2026-11-28T10:16:30Z",
                nullable = true,
                description = "When the next attempt is due (PENDING only).")
        Instant nextAttemptAt,

        List<AttemptView> attempts) {

    static DeliveryView of(Delivery delivery, List<AttemptView> attempts) {
        return new DeliveryView(
                delivery.id(),
                delivery.webhookId(),
                delivery.eventName(),
                delivery.status(),
                delivery.occurredAt(),
                delivery.createdAt(),
                delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt() : null,
                List.copyOf(attempts));
    }
}
