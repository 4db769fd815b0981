package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Publish now (empty body), or at {@code publishAt} (the article becomes SCHEDULED). */
@Schema(name = "PublishRequest")
public record PublishRequest(
        @Schema(description = "When to publish; absent or in the past publishes now.", example = "2030-06-01T07:00:00Z")
        Instant publishAt,

        @Schema(
                description = "Set the publication time explicitly (backdate or correct it); by default the "
                        + "first publication time is kept.",
                nullable = true)
        Instant publishedAt,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "3")
        Long version) {

    public static final PublishRequest NOW = new PublishRequest(null, null, null);
}
