package io.quire.comment;

import io.swagger.v3.oas.annotations.media.Schema;

/** Moderation state; only APPROVED comments are public and counted. */
@Schema(
        name = "CommentStatus",
        enumAsRef = true,
        description = "Moderation state; only APPROVED comments are public " + "and counted.")
public enum CommentStatus {
    PENDING,
    APPROVED,
    SPAM,
    REJECTED
}
