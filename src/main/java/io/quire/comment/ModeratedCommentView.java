package io.quire.comment;

import io.quire.article.ArticleRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment as editors see it, with the author's e-mail address and the moderation state. A removed comment has no
 * author and no text here either: the same rule as in the public view.
 */
@Schema(name = "ModeratedComment")
public record ModeratedCommentView(
        @Schema(example = "8d2f5b7a-1c3e-4f6a-9b8c-7d6e5f4a3b2c")
        UUID id,

        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID articleId,

        @Schema(description = "The article commented on, with its title and slug to recognise it.")
        ArticleRef article,

        @Schema(nullable = true, description = "The comment this one replies to; null for a top-level comment.")
        UUID parentId,

        @Schema(example = "0") int depth,

        @Schema(nullable = true, example = "Grace", description = "Null once the comment is removed.")
        String authorName,

        @Schema(nullable = true, example = "grace@example.org", description = "Null once the comment is removed.")
        String authorEmail,

        @Schema(
                nullable = true,
                example = "Clear explanation, thank you.",
                description = "Null once the comment is removed.")
        String body,

        @Schema(example = "PENDING") CommentStatus status,
        @Schema(example = "0") int replyCount,

        @Schema(example = "false", description = "Deleted, kept as a placeholder for its replies.")
        boolean removed,

        @Schema(example = "2026-11-28T11:02:00Z") Instant createdAt,
        @Schema(example = "0") long version) {

    static ModeratedCommentView of(Comment c, ArticleRef article) {
        return new ModeratedCommentView(
                c.id(),
                c.articleId(),
                article,
                c.parentId(),
                c.depth(),
                c.removed() ? null : c.authorName(),
                c.removed() ? null : c.authorEmail(),
                c.removed() ? null : c.body(),
                c.status(),
                c.replyCount(),
                c.removed(),
                c.createdAt(),
                c.version());
    }
}
