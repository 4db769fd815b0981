package io.quire.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quire.core.domain.ETags;
import io.quire.core.security.Caller;
import io.quire.core.web.SharedResponseCache;
import io.quire.tag.TagChanged;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The public read path, served from memory: published articles by id and by slug, and list
 * pages, as the public sees them, with their ETags. A hit needs no transaction, no database
 * round trip and no hashing, so a conditional GET is answered 304 from memory. Every change
 * made through this instance empties the cache at once; changes made through other instances
 * show after at most {@code cms.cache.ttl}.
 */
@Component
public class PublicReads {

    private final ArticleManagement articles;
    private final ETags etags;
    private final SharedResponseCache sharedResponses;
    private final Cache<Object, Cached<?>> cache;

    PublicReads(
            ArticleManagement articles,
            ETags etags,
            SharedResponseCache sharedResponses,
            @Value("${cms.cache.ttl:5s}") Duration ttl,
            @Value("${cms.cache.max-characters:2000000}") long maxCharacters) {
        this.articles = articles;
        this.etags = etags;
        this.sharedResponses = sharedResponses;
        // Weighed by the text held, so the cache stays within its share of a small heap.
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxCharacters)
                .weigher((Object key, Cached<?> value) -> weight(value.body()))
                .expireAfterWrite(ttl)
                .build();
        articles.onChange(this::clear);
    }

    /** A response body and its ETag. */
    public record Cached<T>(T body, String etag) {}

    private record ListKey(ArticleFilter filter, Pageable pageable, String after) {}

    public Cached<ArticleView> byId(UUID id) {
        return cached("id:" + id, () -> articles.get(id, Caller.ANONYMOUS));
    }

    /** The article with this slug, or where an old slug moved to; redirects are cached too. */
    public Cached<ArticleManagement.SlugLookup> bySlug(String slug) {
        return cached("slug:" + slug, () -> articles.getBySlug(slug, Caller.ANONYMOUS));
    }

    public Cached<ArticleManagement.ArticlePage> list(ArticleFilter filter, Pageable pageable, String after) {
        return cached(
                new ListKey(filter, pageable, after), () -> articles.list(filter, pageable, Caller.ANONYMOUS, after));
    }

    @SuppressWarnings("unchecked")
    private <T> Cached<T> cached(Object key, Supplier<T> load) {
        return (Cached<T>) cache.get(key, k -> {
            T body = load.get();
            Object representation = body instanceof ArticleManagement.SlugLookup lookup ? lookup.article() : body;
            return new Cached<>(body, representation instanceof ArticleView ? etags.of(representation) : null);
        });
    }

    private static int weight(Object body) {
        if (body instanceof ArticleView view) {
            return 500 + length(view.body()) + length(view.bodyHtml()) + length(view.summary());
        }
        if (body instanceof ArticleManagement.SlugLookup lookup) {
            return lookup.article() == null ? 200 : weight(lookup.article());
        }
        if (body instanceof ArticleManagement.ArticlePage page) {
            return 200
                    + page.page().getContent().stream()
                            .mapToInt(PublicReads::weight)
                            .sum();
        }
        return 1_000;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    @EventListener
    void on(TagChanged event) {
        clear();
    }

    void clear() {
        cache.invalidateAll();
        sharedResponses.evictAll();
    }
}
