package io.quire.comment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment as it moves between Quire instances (export and import), or arrives from another system:
 * its place in the thread, its author, its moderation state and the log of decisions that led there.
 * Depth, reading order and reply counts follow from the thread.
 */
public record CommentData(
        UUID id,
        UUID articleId,
        UUID parentId,
        String authorName,
        String authorEmail,
        String body,
        CommentStatus status,
        boolean removed,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Moderation> moderations) {

    /** One moderation decision; {@code from} is null for the first state a comment was given. */
    public record Moderation(
            String moderator, CommentStatus from, CommentStatus to, String reason, Instant createdAt) {}
}
