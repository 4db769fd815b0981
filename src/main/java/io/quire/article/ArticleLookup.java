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

    /** The newest published articles, newest first; under any of the tags when slugs are given. */
    List<ArticleView> newestPublished(List<String> tagSlugs, int limit);

    /** Every published article (at most {@code limit}), most recently changed first, without content. */
    List<PublishedArticle> published(int limit);

    /** Fails with {@code ArticleNotFound} unless the article exists and is published. */
    void requirePublished(UUID id);

    /** As {@link #requirePublished}, and fails with {@code CommentsClosed} when its comments are closed. */
    void requireOpenForComments(UUID id);

    /** Whether any article exists at all, in any state. */
    boolean hasAny();
}
