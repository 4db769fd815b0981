package io.quire.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to creating a subscription: the only time its secret is shown. */
@Schema(name = "CreatedWebhook")
public record CreatedWebhookView(
        @Schema(example = "5b0c7a8e-2f43-4d1a-9c6e-1f2a3b4c5d6e")
        UUID id,

        @Schema(example = "https://hooks.example.org/quire") String url,

        @Schema(example = "[\"article.published\", \"article.unpublished\"]")
        List<String> events,

        @Schema(
                example = "Qm9vLXRoaXMtaXMtYW4tZXhhbXBsZS1zZWNyZXQtb25seQ",
                description = "The key of the "
                        + "signatures (HMAC-SHA256 over its UTF-8 bytes). Shown only in this answer: store it now.")
        String secret,

        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-28T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {

    static CreatedWebhookView of(Webhook webhook) {
        return new CreatedWebhookView(
                webhook.id(),
                webhook.url(),
                webhook.eventNames(),
                webhook.secret(),
                webhook.createdAt(),
                webhook.updatedAt(),
                webhook.version());
    }

    /** The subscription without its secret: what every later read shows, and what the ETag is computed from. */
    public WebhookView withoutSecret() {
        return new WebhookView(id, url, events, createdAt, updatedAt, version);
    }
}
