package io.quire.comment;

/** Moderation state; only APPROVED comments are public and counted. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, REJECTED
}
