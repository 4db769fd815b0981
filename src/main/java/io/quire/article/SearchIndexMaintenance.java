package io.quire.article;

import io.micrometer.observation.ObservationRegistry;
import io.quire.tag.TagChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
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
class SearchIndexMaintenance implements ApplicationRunner, SchedulingConfigurer {

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
    private final ObjectProvider<ObservationRegistry> observations;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile Instant watermark;
    private CompletableFuture<?> rebuilding;

    SearchIndexMaintenance(
            Articles articles,
            PlatformTransactionManager transactions,
            SearchSettings settings,
            ObjectProvider<ObservationRegistry> observations,
            Clock clock) {
        this.articles = articles;
        this.settings = settings;
        this.observations = observations;
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

    /** Runs the catch-up every {@code cms.search.sync-interval}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(ObservedSchedule.fixedDelay(
                this, "catchUp", settings.syncInterval(), settings.syncInterval(), observations));
    }

    /** Articles changed through any instance since the last round are indexed again here. */
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

    /**
     * Once a tag's rename or deletion commits, its articles are indexed again: those filed under it
     * (a rename) and those the index still shows under its old slug (a deletion took their rows).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TagChanged event) {
        Set<UUID> affected = new LinkedHashSet<>();
        transaction.executeWithoutResult(status -> affected.addAll(articles.findIdsByTag(event.tagId())));
        try {
            affected.addAll(transaction.execute(status -> Search.session(entityManager)
                    .search(Article.class)
                    .select(f -> f.id(UUID.class))
                    .where(f -> f.match().field("tags.slug").matching(event.slug()))
                    .fetchAllHits()));
        } catch (SearchException e) {
            // The shared index is out of reach: the tag's own articles are still indexed again below.
            log.warn("Cannot ask the search index for the articles of tag {}: {}", event.slug(), e.getMessage());
        }
        reindex(List.copyOf(affected));
    }

    void reindex(List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            transaction.executeWithoutResult(status -> {
                SearchSession session = Search.session(entityManager);
                Set<UUID> missing = new java.util.HashSet<>(batch);
                articles.findAllById(batch).forEach(article -> {
                    missing.remove(article.id());
                    session.indexingPlan().addOrUpdate(article);
                });
                missing.forEach(id -> session.indexingPlan().purge(Article.class, id, null));
            });
        }
    }
}
