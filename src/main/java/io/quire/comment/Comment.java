package io.quire.comment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

import io.quire.comment.CommentEvents.CommentApproved;
import io.quire.comment.CommentEvents.CommentCreated;

/** A reader's comment. The body is plain text, stored as sent. */
@Entity
@Table(name = "comments")
class Comment extends AbstractAggregateRoot<Comment> {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(nullable = false, length = 5000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Comment() {
    }

    Comment(UUID articleId, UUID parentId, String authorName, String authorEmail, String body,
            CommentStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.parentId = parentId;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.body = body;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
        registerEvent(new CommentCreated(id, articleId, status, now));
        if (status == CommentStatus.APPROVED) {
            registerEvent(new CommentApproved(id, articleId, now));
        }
    }

    /** Moves to a new moderation state; approving registers {@link CommentApproved}. */
    void moderate(CommentStatus next, Instant now) {
        if (next == status) {
            return;
        }
        status = next;
        updatedAt = now;
        if (next == CommentStatus.APPROVED) {
            registerEvent(new CommentApproved(id, articleId, now));
        }
    }

    UUID id() {
        return id;
    }

    UUID articleId() {
        return articleId;
    }

    UUID parentId() {
        return parentId;
    }

    String authorName() {
        return authorName;
    }

    String authorEmail() {
        return authorEmail;
    }

    String body() {
        return body;
    }

    CommentStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
