package io.quire.article;

import java.time.Instant;
import java.util.UUID;

/** What happens to articles, for the modules that react (webhooks, feeds, search, caches). */
public final class ArticleEvents {

    private ArticleEvents() {}

    public record ArticleSubmitted(UUID articleId, Instant occurredAt) {}

    public record ArticleScheduled(UUID articleId, Instant publishAt, Instant occurredAt) {}

    public record ArticlePublished(UUID articleId, String slug, Instant occurredAt) {}

    public record ArticleUnpublished(UUID articleId, String slug, Instant occurredAt) {}

    public record ArticleArchived(UUID articleId, Instant occurredAt) {}

    public record ArticleUpdated(UUID articleId, Instant occurredAt) {}

    public record ArticleDeleted(UUID articleId, String slug, Instant occurredAt) {}
}
