package io.quire.comment;

import io.quire.article.ArticleRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A moderation decision as editors see it in a comment's history and in the moderation log. */
@Schema(name = "Moderation")
public record ModerationView(
        @Schema(example = "8d2f5b7a-1c3e-4f6a-9b8c-7d6e5f4a3b2c")
        UUID commentId,

        @Schema(description = "The article of the comment, with its title and slug to recognise it.")
        ArticleRef article,

        @Schema(example = "ada", description = "The editor's username, or `spam-filter` for automatic decisions.")
        String moderator,

        @Schema(
                nullable = true,
                example = "PENDING",
                description = "Null when the spam filter classified a new comment.")
        CommentStatus from,

        @Schema(example = "APPROVED") CommentStatus to,

        @Schema(nullable = true, description = "Why the spam filter decided so; null for an editor's decision.")
        String reason,

        @Schema(example = "2026-11-28T11:30:00Z") Instant at) {}
