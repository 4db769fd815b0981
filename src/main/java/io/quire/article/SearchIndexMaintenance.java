package io.quire.article;

import io.quire.tag.TagChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database where automatic indexing cannot see a
 * change: it rebuilds an index that is empty or incomplete on start (a new deployment, content
 * written by the seeder), re-indexes the articles of a renamed or deleted tag, and picks up
 * articles changed through other instances (each instance keeps its own local index; the shared
 * index takes every instance's changes through the outbox instead).
 */
@Component
@Order(30)
class SearchIndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);
    /** Overlap of catch-up windows, so a transaction committed late is never missed. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    private static final int BATCH = 200;
    /** Index changes are flushed to disk within a second; re-indexing this much history on start is ample. */
    private static final Duration RECENT_BEFORE_START = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager entityManager;

    private final Articles articles;
    private final SearchSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile Instant watermark;
    private CompletableFuture<?> rebuilding;

    SearchIndexMaintenance(
            Articles articles, SearchSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.articles = articles;
        this.settings = settings;
        // Its own transactions: re-indexing also runs right after another transaction committed.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        // The first catch-up also covers index changes that a crash may have kept from the disk.
        this.watermark = Instant.now(clock).minus(RECENT_BEFORE_START);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.shared()) {
            // The shared index is made ready in the background (SharedIndexUpkeep): the cluster may be down.
            return;
        }
        long stored = articles.count();
        long indexed = indexed();
        if (stored != indexed) {
            log.info(
                    "The search index holds {} articles, the database {}: rebuilding the index in the background",
                    indexed,
                    stored);
            rebuild(false);
        }
    }

    long indexed() {
        return transaction.execute(status -> Search.session(entityManager)
                .search(Article.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }

    /**
     * Indexes every article again, in the background; {@code recreate} first drops the index and
     * creates it with the current mapping (after an upgrade that changed it). On the shared index,
     * the instances pause taking changes from the outbox meanwhile, and take them after.
     */
    synchronized CompletableFuture<?> rebuild(boolean recreate) {
        if (rebuilding != null && !rebuilding.isDone()) {
            return rebuilding;
        }
        rebuilding = Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Article.class)
                .massIndexer()
                .dropAndCreateSchemaOnStart(recreate)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
                .start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the search index failed", failure);
                    } else {
                        log.info("The search index is complete");
                    }
                })
                .toCompletableFuture();
        return rebuilding;
    }

    boolean rebuilding() {
        return rebuilding != null && !rebuilding.isDone();
    }

    /** Articles changed through any instance since the last round are indexed again here. */
    @Scheduled(
            initialDelayString = "${cms.search.sync-interval:10s}",
            fixedDelayString = "${cms.search.sync-interval:10s}")
    void catchUp() {
        if (settings.shared()) {
            // Every instance's changes reach the shared index through the outbox.
            return;
        }
        Instant since = watermark.minus(OVERLAP);
        watermark = Instant.now(clock);
        List<UUID> changed = articles.findIdsUpdatedSince(since);
        if (!changed.isEmpty()) {
            reindex(changed);
        }
    }

    /** Collects the tag's articles before the change commits, and re-indexes them after. */
    @EventListener
    void on(TagChanged event) {
        List<UUID> affected = articles.findIdsByTag(event.tagId());
        if (affected.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reindex(affected);
                }
            });
        } else {
            reindex(affected);
        }
    }

    void reindex(List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            transaction.executeWithoutResult(status -> {
                SearchSession session = Search.session(entityManager);
                java.util.Set<UUID> missing = new java.util.HashSet<>(batch);
                articles.findAllById(batch).forEach(article -> {
                    missing.remove(article.id());
                    session.indexingPlan().addOrUpdate(article);
                });
                missing.forEach(id -> session.indexingPlan().purge(Article.class, id, null));
            });
        }
    }
}
