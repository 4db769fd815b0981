package io.quire.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it: never with its secret. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(example = "5b0c7a8e-2f43-4d1a-9c6e-1f2a3b4c5d6e")
        UUID id,

        @Schema(example = "https://hooks.example.org/quire") String url,

        @Schema(example = "[\"article.published\", \"article.unpublished\"]")
        List<String> events,

        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-28T10:15:30Z") Instant updatedAt,

        @Schema(
                example = "0",
                description = "Increases with every change; send it back to guard against " + "lost updates.")
        long version) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(
                webhook.id(),
                webhook.url(),
                webhook.eventNames(),
                webhook.createdAt(),
                webhook.updatedAt(),
                webhook.version());
    }
}
