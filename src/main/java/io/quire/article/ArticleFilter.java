package io.quire.article;

import java.time.Instant;
import java.util.List;

/**
 * What a list of articles is narrowed to. Every part is optional; tags match any of them; a search query must keep
 * within {@link SearchQueryBounds}.
 */
public record ArticleFilter(
        List<String> tags,
        String author,
        ArticleStatus status,
        String q,
        Instant publishedAfter,
        Instant publishedBefore) {

    public ArticleFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        SearchQueryBounds.check(q);
    }
}
