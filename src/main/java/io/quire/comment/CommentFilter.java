package io.quire.comment;

import java.time.Instant;
import java.util.UUID;

/** What the moderation queue is narrowed to; every part is optional. */
public record CommentFilter(CommentStatus status, UUID articleId, Instant createdAfter, Instant createdBefore) {}
