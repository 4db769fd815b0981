package io.quire.article;

import io.quire.core.domain.ETags;
import io.quire.core.security.Caller;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The public read path, served from memory ({@link ArticleReadCache}): published articles by id
 * and by slug, and list pages, as the public sees them, with their ETags. A hit needs no
 * transaction, no database round trip and no hashing, so a conditional GET is answered 304 from
 * memory.
 */
@Component
public class PublicReads {

    private final ArticleQueries queries;
    private final ETags etags;
    private final ArticleReadCache cache;

    PublicReads(ArticleQueries queries, ETags etags, ArticleReadCache cache) {
        this.queries = queries;
        this.etags = etags;
        this.cache = cache;
    }

    /** A response body and its ETag (none for a redirect or a list, whose ETag the page answer computes). */
    public record Cached<T>(T body, String etag) implements ArticleReadCache.Weighed {

        @Override
        public int weight() {
            return weightOf(body);
        }
    }

    private record ListKey(ArticleFilter filter, Pageable pageable, String after) {}

    private record IdKey(UUID id) {}

    private record SlugKey(String slug) {}

    public Cached<ArticleView> byId(UUID id) {
        return cache.answer(new IdKey(id), () -> withETag(queries.get(id, Caller.ANONYMOUS)));
    }

    /** The article with this slug, or where an old slug moved to; redirects are kept too. */
    public Cached<SlugLookup> bySlug(String slug) {
        return cache.answer(new SlugKey(slug), () -> {
            SlugLookup lookup = queries.getBySlug(slug, Caller.ANONYMOUS);
            return new Cached<>(lookup, lookup.article() == null ? null : etags.of(lookup.article()));
        });
    }

    public Cached<ArticlePage> list(ArticleFilter filter, Pageable pageable, String after) {
        return cache.answer(
                new ListKey(filter, pageable, after),
                () -> new Cached<>(queries.list(filter, pageable, Caller.ANONYMOUS, after), null));
    }

    private Cached<ArticleView> withETag(ArticleView view) {
        return new Cached<>(view, etags.of(view));
    }

    private static int weightOf(Object body) {
        if (body instanceof ArticleView view) {
            return 500 + length(view.body()) + length(view.bodyHtml()) + length(view.summary());
        }
        if (body instanceof SlugLookup lookup) {
            return lookup.article() == null ? 200 : weightOf(lookup.article());
        }
        if (body instanceof ArticlePage page) {
            return 200
                    + page.page().getContent().stream()
                            .mapToInt(PublicReads::weightOf)
                            .sum();
        }
        return 1_000;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
