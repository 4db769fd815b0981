package io.quire.article;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Looks after the shared OpenSearch index, every {@code cms.search.retry-interval}, from the start:
 * until the cluster answers, it keeps trying to create the index if it is missing and to check
 * the mapping of an existing one (an instance starts, reads and writes while the cluster is
 * down); a new, empty index is then filled from the database. Afterwards it hands changes that
 * failed to be indexed too often (the outbox marks them aborted) back to the outbox once the
 * cluster answers again, so nothing written while it was down is left out.
 */
@Component
@ConditionalOnProperty(name = "cms.search.backend", havingValue = "opensearch")
class SharedIndexUpkeep implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SharedIndexUpkeep.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SearchIndexMaintenance maintenance;
    private final Articles articles;
    private final SearchSettings settings;
    private volatile boolean ready;

    SharedIndexUpkeep(
            EntityManagerFactory entityManagerFactory,
            SearchIndexMaintenance maintenance,
            Articles articles,
            SearchSettings settings) {
        this.entityManagerFactory = entityManagerFactory;
        this.maintenance = maintenance;
        this.articles = articles;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::upkeep, settings.retryInterval(), java.time.Duration.ZERO));
    }

    void upkeep() {
        if (!ready) {
            ready = prepare();
        } else {
            requeueAborted();
        }
    }

    /** True once the index exists; a mapping that differs is reported, not changed (see the reindex operation). */
    private boolean prepare() {
        SearchSchemaManager schema =
                Search.mapping(entityManagerFactory).scope(Article.class).schemaManager();
        try {
            schema.createIfMissing();
        } catch (SearchException e) {
            log.warn(
                    "The search cluster is out of reach, trying again in {}: {}",
                    settings.retryInterval(),
                    e.getMessage());
            return false;
        }
        try {
            schema.validate();
        } catch (SearchException e) {
            log.error(
                    "The search index was made for another version of its mapping; searches may miss or fail until"
                            + " it is rebuilt (POST /actuator/searchindex with an ADMIN token): {}",
                    e.getMessage());
        }
        if (maintenance.indexed() == 0 && articles.count() > 0) {
            log.info("The shared search index is empty: filling it from the database in the background");
            maintenance.rebuild(false);
        }
        return true;
    }

    private void requeueAborted() {
        OutboxPollingSearchMapping outbox =
                Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() == 0 || !reachable()) {
            return;
        }
        int requeued = outbox.reprocessAbortedEvents();
        log.info("The search cluster answers again: {} changes that failed to be indexed are queued again", requeued);
    }

    private boolean reachable() {
        try {
            maintenance.indexed();
            return true;
        } catch (SearchException e) {
            return false;
        }
    }

    boolean ready() {
        return ready;
    }
}
