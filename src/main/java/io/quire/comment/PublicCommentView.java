package io.quire.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment as the public sees it: no e-mail address, no moderation state. A placeholder
 * ({@code removed: true}) stands where a comment was deleted or withdrawn but its replies remain.
 */
@Schema(name = "Comment")
public record PublicCommentView(
        @Schema(example = "8d2f5b7a-1c3e-4f6a-9b8c-7d6e5f4a3b2c")
        UUID id,

        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID articleId,

        @Schema(nullable = true, description = "The comment this one replies to; null for a top-level comment.")
        UUID parentId,

        @Schema(example = "0", description = "0 for a top-level comment, 1 for a reply to it, and so on.")
        int depth,

        @Schema(nullable = true, example = "Grace", description = "Null for a placeholder.")
        String authorName,

        @Schema(
                nullable = true,
                example = "3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e",
                description =
                        "A stable, "
                                + "non-reversible hash of the author's e-mail address, for drawing an avatar. Null for a placeholder.")
        String avatarHash,

        @Schema(
                nullable = true,
                example = "Clear explanation, thank you.",
                description = "Plain text, as posted: "
                        + "escape it when rendering, or use `bodyHtml`. Null for a placeholder.")
        String body,

        @Schema(
                example = "<p>Clear explanation, thank you.</p>",
                description = "The body escaped and split into " + "paragraphs: safe to insert into a page as is.")
        String bodyHtml,

        @Schema(example = "2", description = "Visible direct replies.")
        int replyCount,

        @Schema(example = "false", description = "A placeholder for a removed comment that still has replies.")
        boolean removed,

        @Schema(example = "2026-11-28T11:02:00Z") Instant createdAt) {

    static PublicCommentView of(Comment c, Avatars avatars) {
        return of(c, avatars, !c.isPublic());
    }

    /** The comment as the public would see it once approved (for webhooks about pending comments). */
    static PublicCommentView shapeOf(Comment c, Avatars avatars) {
        return of(c, avatars, c.removed());
    }

    private static PublicCommentView of(Comment c, Avatars avatars, boolean placeholder) {
        return new PublicCommentView(
                c.id(),
                c.articleId(),
                c.parentId(),
                c.depth(),
                placeholder ? null : c.authorName(),
                placeholder ? null : avatars.hashOf(c.authorEmail()),
                placeholder ? null : c.body(),
                placeholder ? "" : PlainText.toHtml(c.body()),
                c.replyCount(),
                placeholder,
                c.createdAt());
    }
}
