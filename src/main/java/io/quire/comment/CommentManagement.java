package io.quire.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.quire.article.ArticleManagement;
import io.quire.core.security.Caller;
import io.quire.core.security.RateLimiter;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.InvalidInput;
import io.quire.core.web.Precondition;

/**
 * Posting, reading and moderating comments. The article's count of approved comments is
 * recounted after every change that can move it.
 */
@Service
@Transactional
public class CommentManagement {

    private final Comments comments;
    private final ArticleManagement articles;
    private final HttpResponses responses;
    private final RateLimiter postLimit;
    private final Clock clock;

    CommentManagement(Comments comments, ArticleManagement articles, HttpResponses responses,
            CommentProperties properties, Clock clock) {
        this.comments = comments;
        this.articles = articles;
        this.responses = responses;
        this.postLimit = new RateLimiter(properties.postsPerWindow(), properties.window());
        this.clock = clock;
    }

    /**
     * Posts a comment on a published article (404 otherwise). Readers' comments wait for
     * moderation; an editor's own comment is approved at once.
     *
     * @param clientKey who is posting, for the rate limit (the client's address)
     */
    public PostedComment post(UUID articleId, NewComment request, Caller caller, String clientKey) {
        articles.requirePublished(articleId);
        if (!caller.isEditor()) {
            postLimit.consume(clientKey, "Too many comments from this client; wait a moment and try again.");
        }
        if (request.parentId() != null) {
            comments.findById(request.parentId())
                    .filter(parent -> parent.articleId().equals(articleId))
                    .filter(parent -> parent.status() == CommentStatus.APPROVED)
                    .orElseThrow(() -> new InvalidInput("parentId",
                            "must be an approved comment of the same article"));
        }
        CommentStatus status = caller.isEditor() ? CommentStatus.APPROVED : CommentStatus.PENDING;
        Comment comment = comments.saveAndFlush(new Comment(articleId, request.parentId(), request.authorName().strip(),
                request.authorEmail().strip(), request.body(), status, Instant.now(clock)));
        if (status == CommentStatus.APPROVED) {
            recount(articleId);
        }
        return PostedComment.of(comment);
    }

    /** Approved comments of a published article, oldest first. */
    @Transactional(readOnly = true)
    public Page<PublicComment> approved(UUID articleId, Pageable pageable) {
        articles.requirePublished(articleId);
        return comments.findByArticleIdAndStatus(articleId, CommentStatus.APPROVED, pageable).map(PublicComment::of);
    }

    /** The comment in its public shape (no e-mail address), whatever its moderation state; empty when gone. */
    @Transactional(readOnly = true)
    public Optional<PublicComment> findPublicView(UUID id) {
        return comments.findById(id).map(PublicComment::of);
    }

    /** The moderation queue, optionally narrowed to one state and/or one article. */
    @Transactional(readOnly = true)
    public Page<ModeratedComment> queue(CommentStatus status, UUID articleId, Pageable pageable) {
        Specification<Comment> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (articleId != null) {
                where.add(cb.equal(root.get("articleId"), articleId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return comments.findAll(spec, pageable).map(ModeratedComment::of);
    }

    @Transactional(readOnly = true)
    public ModeratedComment get(UUID id) {
        return ModeratedComment.of(find(id));
    }

    public ModeratedComment moderate(UUID id, ModerationRequest request, Precondition precondition) {
        Comment comment = find(id);
        precondition.check(responses.etagOf(ModeratedComment.of(comment)), comment.version());
        comment.moderate(request.status(), Instant.now(clock));
        Comment saved = comments.saveAndFlush(comment);
        recount(saved.articleId());
        return ModeratedComment.of(saved);
    }

    /** Deletes the comment and the replies under it. */
    public void delete(UUID id, Precondition precondition) {
        Comment comment = find(id);
        precondition.check(responses.etagOf(ModeratedComment.of(comment)), comment.version());
        comments.delete(comment);
        comments.flush();
        recount(comment.articleId());
    }

    private void recount(UUID articleId) {
        articles.updateCommentCount(articleId, comments.countByArticleIdAndStatus(articleId, CommentStatus.APPROVED));
    }

    private Comment find(UUID id) {
        return comments.findById(id).orElseThrow(() -> new CommentNotFound(id));
    }
}
