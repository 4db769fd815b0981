package io.quire.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How other modules read articles (comments, webhooks, feeds, demo content): published articles
 * as the public sees them, and the checks other features hang on them. Never the aggregate.
 */
public interface ArticleLookup {

    /** The article as the public sees it, or empty when it is not published (or gone). */
    Optional<ArticleView> findPublished(UUID id);

    /**
     * The newest published articles open to search engines (not {@code noindex}), newest first; under any of
     * the tags when slugs are given: what feeds list.
     */
    List<ArticleView> newestPublished(List<String> tagSlugs, int limit);

    /**
     * Every published article open to search engines (at most {@code limit}), most recently changed first,
     * without content: what the sitemap lists.
     */
    List<PublishedArticle> published(int limit);

    /** Fails with {@code ArticleNotFound} unless the article exists and is published. */
    void requirePublished(UUID id);

    /** As {@link #requirePublished}, and fails with {@code CommentsClosed} when its comments are closed. */
    void requireOpenForComments(UUID id);

    /** Title and slug of each of these articles that exists, in any state (for editors' lists). */
    java.util.Map<UUID, ArticleRef> refs(java.util.Collection<UUID> ids);

    /** Whether any article exists at all, in any state. */
    boolean hasAny();
}
