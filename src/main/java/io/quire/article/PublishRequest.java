package io.quire.article;

import io.quire.core.domain.InvalidInput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Publish now (empty body), or at {@code publishAt} (the article becomes SCHEDULED). */
@Schema(name = "PublishRequest")
public record PublishRequest(
        @Schema(
                description = "When to publish (UTC, ISO-8601), in the future; leave it out to publish now. "
                        + "A time more than a minute in the past is refused with 400.",
                example = "2030-06-01T07:00:00Z")
        Instant publishAt,

        @Schema(
                description = "Set the publication time explicitly (backdate or correct it); by default the "
                        + "first publication time is kept.",
                nullable = true)
        Instant publishedAt,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "3")
        Long version) {

    public static final PublishRequest NOW = new PublishRequest(null, null, null);

    /** How far in the past a {@code publishAt} may lie (clocks and typing take a moment). */
    static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    void requireNotPast(Instant now) {
        if (publishAt != null && publishAt.isBefore(now.minus(PAST_TOLERANCE))) {
            throw new InvalidInput(
                    "publishAt",
                    "is in the past (the server's time is " + now.truncatedTo(ChronoUnit.SECONDS)
                            + "); to publish now, leave publishAt out");
        }
    }
}
