package io.quire.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** The answer to posting a comment: what was stored and whether it awaits moderation. */
@Schema(name = "PostedComment")
public record PostedCommentView(
        @Schema(example = "8d2f5b7a-1c3e-4f6a-9b8c-7d6e5f4a3b2c")
        UUID id,

        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID articleId,

        @Schema(nullable = true, description = "The comment this one replies to; null for a top-level comment.")
        UUID parentId,

        @Schema(example = "0") int depth,
        @Schema(example = "Grace") String authorName,

        @Schema(example = "3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e")
        String avatarHash,

        @Schema(example = "Clear explanation, thank you.") String body,

        @Schema(
                example = "PENDING",
                description = "PENDING until an editor approves it (the answer to spam that the filter held "
                        + "back says PENDING too); an editor's own comment is APPROVED at once.")
        CommentStatus status,

        @Schema(example = "2026-11-28T11:02:00Z") Instant createdAt) {

    /** The comment as stored, except the status, which is the one its poster is told. */
    static PostedCommentView of(Comment c, Avatars avatars, CommentStatus toldStatus) {
        return new PostedCommentView(
                c.id(),
                c.articleId(),
                c.parentId(),
                c.depth(),
                c.authorName(),
                avatars.hashOf(c.authorEmail()),
                c.body(),
                toldStatus,
                c.createdAt());
    }
}
