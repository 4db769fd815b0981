package io.quire.article;

import io.quire.core.domain.ContentChanged;
import java.time.Instant;
import java.util.UUID;

/**
 * What happens to articles. Webhooks announce what the public can see; the read caches (this
 * module's and the shared response cache) empty themselves after each of these commits.
 */
public final class ArticleEvents {

    private ArticleEvents() {}

    public record ArticleCreated(UUID articleId, Instant occurredAt) implements ContentChanged {}

    public record ArticleSubmitted(UUID articleId, Instant occurredAt) implements ContentChanged {}

    public record ArticleScheduled(UUID articleId, Instant publishAt, Instant occurredAt) implements ContentChanged {}

    public record ArticlePublished(UUID articleId, String slug, Instant occurredAt) implements ContentChanged {}

    public record ArticleUnpublished(UUID articleId, String slug, Instant occurredAt) implements ContentChanged {}

    public record ArticleArchived(UUID articleId, Instant occurredAt) implements ContentChanged {}

    public record ArticleUpdated(UUID articleId, Instant occurredAt) implements ContentChanged {}

    public record ArticleDeleted(UUID articleId, String slug, Instant occurredAt) implements ContentChanged {}

    /**
     * The approved comments of an article were counted; the article shows the number. Published by
     * the module that counts them (comments), inside the change that moved the count: this module
     * sets it in the same transaction. Declared here because the comment module depends on articles,
     * not the other way round.
     */
    public record CommentsCounted(UUID articleId, int approvedComments, Instant occurredAt) implements ContentChanged {}
}
