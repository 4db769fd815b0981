package io.quire.comment;

import io.quire.comment.CommentEvents.CommentApproved;
import io.quire.comment.CommentEvents.CommentCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A reader's comment. The body is plain text, stored as sent. Comments form threads: each
 * knows its depth and a path that sorts a whole article's comments into reading order
 * (every reply right after its parent, siblings oldest first).
 */
@Entity
@Table(name = "comments")
class Comment extends AbstractAggregateRoot<Comment> {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false)
    private int depth;

    @Column(name = "thread_path", nullable = false, length = 200)
    private String threadPath;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(name = "body_hash", nullable = false, length = 64)
    private String bodyHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    /** Deleted while it had replies: kept as a placeholder so the thread stays readable. */
    @Column(nullable = false)
    private boolean removed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Comment() {}

    Comment(
            UUID articleId,
            Comment parent,
            Author author,
            String body,
            String bodyHash,
            CommentStatus status,
            Instant now) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.parentId = parent == null ? null : parent.id;
        this.depth = parent == null ? 0 : parent.depth + 1;
        String key = String.format("%013d.%s", now.toEpochMilli(), id.toString().substring(0, 8));
        this.threadPath = parent == null ? key : parent.threadPath + "/" + key;
        this.authorName = author.name();
        this.authorEmail = author.email();
        this.body = body;
        this.bodyHash = bodyHash;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
        registerEvent(new CommentCreated(id, articleId, status, now));
        if (status == CommentStatus.APPROVED) {
            registerEvent(new CommentApproved(id, articleId, now));
        }
    }

    record Author(String name, String email) {}

    /** Moves to a new moderation state; approving registers {@link CommentApproved}. */
    void moderate(CommentStatus next, Instant now) {
        if (next == status) {
            return;
        }
        status = next;
        updatedAt = now;
        if (next == CommentStatus.APPROVED && !removed) {
            registerEvent(new CommentApproved(id, articleId, now));
        }
    }

    /** Keeps the comment as a placeholder in its thread, without its author or text. */
    void remove(Instant now) {
        removed = true;
        authorName = "";
        authorEmail = "";
        body = "";
        updatedAt = now;
    }

    void countReplies(int approvedReplies) {
        this.replyCount = approvedReplies;
    }

    /**
     * Whether the public sees it with its author and text: approved and not removed. A placeholder
     * (removed, or no longer approved, with approved replies) shows in the thread without them.
     */
    boolean isPublic() {
        return !removed && status == CommentStatus.APPROVED;
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

    int depth() {
        return depth;
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

    int replyCount() {
        return replyCount;
    }

    boolean removed() {
        return removed;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
