package io.quire.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One attempt at a delivery. */
@Schema(name = "WebhookDeliveryAttempt")
public record AttemptView(
        @Schema(example = "2026-11-28T10:15:31Z") Instant attemptedAt,

        @Schema(
                example = "500",
                nullable = true,
                description = "The receiver's status code; null when it did not answer.")
        Integer statusCode,

        @Schema(example = "182") long durationMs,

        @Schema(
                nullable = true,
                description = "Why there was no answer: refused target, connection failure, " + "timeout.")
        String error,

        @Schema(
                example = "Internal Server Error",
                nullable = true,
                description = "The start of the receiver's answer (at most " + "4 KB).")
        String responseBody) {}
