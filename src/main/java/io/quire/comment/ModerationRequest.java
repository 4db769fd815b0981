package io.quire.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A moderation decision. */
@Schema(name = "ModerationRequest", example = "{\"status\": \"APPROVED\", \"version\": 0}")
public record ModerationRequest(
        @NotNull
        @Schema(
                example = "APPROVED",
                allowableValues = {"PENDING", "APPROVED", "SPAM", "REJECTED"})
        CommentStatus status,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {}
