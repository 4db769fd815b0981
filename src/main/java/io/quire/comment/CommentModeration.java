package io.quire.comment;

import io.quire.article.ArticleRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One moderation decision: who moved which comment from what to what, when, and why. */
@Entity
@Table(name = "comment_moderations")
class CommentModeration {

    /** The moderator recorded for decisions the spam filter makes. */
    static final String SPAM_FILTER = "spam-filter";

    @Id
    private UUID id;

    @Column(name = "comment_id", nullable = false)
    private UUID commentId;

    @Column(nullable = false, length = 40)
    private String moderator;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private CommentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private CommentStatus toStatus;

    @Column(length = 200)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentModeration() {}

    CommentModeration(
            UUID commentId, String moderator, CommentStatus from, CommentStatus to, String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.commentId = commentId;
        this.moderator = moderator;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.createdAt = now;
    }

    UUID commentId() {
        return commentId;
    }

    ModerationView view(ArticleRef article) {
        return new ModerationView(commentId, article, moderator, fromStatus, toStatus, reason, createdAt);
    }
}
