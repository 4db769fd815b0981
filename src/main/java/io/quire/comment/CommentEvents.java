package io.quire.comment;

import java.time.Instant;
import java.util.UUID;

/** What happens to comments, for the modules that react (webhooks). */
public final class CommentEvents {

    private CommentEvents() {}

    public record CommentCreated(UUID commentId, UUID articleId, CommentStatus status, Instant occurredAt) {}

    public record CommentApproved(UUID commentId, UUID articleId, Instant occurredAt) {}
}
