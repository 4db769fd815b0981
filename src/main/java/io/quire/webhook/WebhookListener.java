package io.quire.webhook;

import io.quire.article.ArticleEvents.ArticleDeleted;
import io.quire.article.ArticleEvents.ArticlePublished;
import io.quire.article.ArticleEvents.ArticleUnpublished;
import io.quire.article.ArticleEvents.ArticleUpdated;
import io.quire.article.ArticleLookup;
import io.quire.comment.CommentEvents.CommentApproved;
import io.quire.comment.CommentEvents.CommentCreated;
import io.quire.comment.CommentManagement;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fans article and comment events out into deliveries. Each method is a listener of the event publication
 * registry: the event is stored with the change that caused it and handed over here after that change commits,
 * in a transaction of its own; if the application stops first, it is handed over again on the next start.
 * The listener ids are fixed so that stored publications still find their listener after a refactoring.
 */
@Component
class WebhookListener {

    static final String ID_PREFIX = "webhooks.";

    private final FanOut fanOut;
    private final ArticleLookup articles;
    private final CommentManagement comments;

    WebhookListener(FanOut fanOut, ArticleLookup articles, CommentManagement comments) {
        this.fanOut = fanOut;
        this.articles = articles;
        this.comments = comments;
    }

    @ApplicationModuleListener(id = ID_PREFIX + "article-published")
    void on(ArticlePublished event) {
        fanOut.record(
                WebhookEvent.ARTICLE_PUBLISHED,
                event.articleId(),
                event.articleId(),
                event.occurredAt(),
                () -> articles.findPublished(event.articleId()));
    }

    /** Changes to drafts are not announced: only what the public can see is. */
    @ApplicationModuleListener(id = ID_PREFIX + "article-updated")
    void on(ArticleUpdated event) {
        fanOut.record(
                WebhookEvent.ARTICLE_UPDATED,
                event.articleId(),
                event.articleId(),
                event.occurredAt(),
                () -> articles.findPublished(event.articleId()));
    }

    @ApplicationModuleListener(id = ID_PREFIX + "article-unpublished")
    void on(ArticleUnpublished event) {
        fanOut.record(
                WebhookEvent.ARTICLE_UNPUBLISHED,
                event.articleId(),
                event.articleId(),
                event.occurredAt(),
                () -> Optional.of(new ArticleReference(event.articleId(), event.slug())));
    }

    @ApplicationModuleListener(id = ID_PREFIX + "article-deleted")
    void on(ArticleDeleted event) {
        fanOut.record(
                WebhookEvent.ARTICLE_DELETED,
                event.articleId(),
                event.articleId(),
                event.occurredAt(),
                () -> Optional.of(new ArticleReference(event.articleId(), event.slug())));
    }

    @ApplicationModuleListener(id = ID_PREFIX + "comment-created")
    void on(CommentCreated event) {
        fanOut.record(
                WebhookEvent.COMMENT_CREATED,
                event.articleId(),
                event.commentId(),
                event.occurredAt(),
                () -> comments.findPublicView(event.commentId()));
    }

    @ApplicationModuleListener(id = ID_PREFIX + "comment-approved")
    void on(CommentApproved event) {
        fanOut.record(
                WebhookEvent.COMMENT_APPROVED,
                event.articleId(),
                event.commentId(),
                event.occurredAt(),
                () -> comments.findPublicView(event.commentId()));
    }

    /** The article an event is about, for the records of the events this module listens to. */
    static Optional<UUID> subjectOf(Object event) {
        if (event instanceof ArticlePublished e) {
            return Optional.of(e.articleId());
        } else if (event instanceof ArticleUpdated e) {
            return Optional.of(e.articleId());
        } else if (event instanceof ArticleUnpublished e) {
            return Optional.of(e.articleId());
        } else if (event instanceof ArticleDeleted e) {
            return Optional.of(e.articleId());
        } else if (event instanceof CommentCreated e) {
            return Optional.of(e.articleId());
        } else if (event instanceof CommentApproved e) {
            return Optional.of(e.articleId());
        }
        return Optional.empty();
    }

    /** The {@code data} of an event about an article the public can no longer see. */
    record ArticleReference(UUID id, String slug) {}
}
