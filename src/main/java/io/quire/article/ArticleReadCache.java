package io.quire.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quire.core.CacheSettings;
import io.quire.core.domain.ContentChanged;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The article module's one read cache, behind its read side: public answers with their ETags
 * ({@link PublicReads}), bounded by the text they hold, and list totals ({@link ArticleLists}).
 *
 * <p>It is emptied when any change that can alter what readers see has committed ({@link ContentChanged},
 * from any module), and an answer computed while that happened is not kept, so a caller never
 * reads an answer older than their own last write. Changes made through other instances empty it
 * too, as soon as their notification arrives; {@code cms.cache.ttl} bounds a lost one. Totals are
 * reused for up to {@link #TOTALS_TTL}.
 */
@Component
class ArticleReadCache {

    /** How long a list total may be reused. */
    static final Duration TOTALS_TTL = Duration.ofSeconds(10);

    /** Something kept that knows how much text it holds. */
    interface Weighed {
        int weight();
    }

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Object, Object> answers;
    private final Cache<Object, Long> totals = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(TOTALS_TTL)
            .build();

    ArticleReadCache(CacheSettings settings) {
        // Weighed by the text held, so the cache stays within its share of a small heap.
        this.answers = Caffeine.newBuilder()
                .maximumWeight(settings.maxCharacters())
                .weigher((Object key, Object value) -> value instanceof Weighed w ? w.weight() : 1_000)
                .expireAfterWrite(settings.ttl())
                .build();
    }

    /** The answer kept under the key, or the one {@code load} gives (which is kept). */
    @SuppressWarnings("unchecked")
    <T> T answer(Object key, Supplier<T> load) {
        return (T) kept(answers, key, load);
    }

    /** The total kept under the key, or the one {@code count} gives (which is kept). */
    long total(Object key, Supplier<Long> count) {
        return kept(totals, key, count);
    }

    private <V> V kept(Cache<Object, V> cache, Object key, Supplier<? extends V> load) {
        long started = generation.get();
        V value = cache.get(key, k -> load.get());
        // A change committed while this was loaded: it may show the old state, so it is not kept.
        if (generation.get() != started) {
            cache.invalidate(key);
        }
        return value;
    }

    /**
     * Runs once the change's transaction completed (see {@link ContentChanged} for why not only
     * after a commit), before the shared response cache is emptied, so no answer there is rebuilt
     * from old entries here.
     */
    @Order(0)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ContentChanged change) {
        generation.incrementAndGet();
        answers.invalidateAll();
        totals.invalidateAll();
    }
}
