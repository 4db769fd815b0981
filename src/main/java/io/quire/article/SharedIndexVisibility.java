package io.quire.article;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.Interceptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.type.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * On the shared index a change is indexed after its transaction commits, by whichever instance's
 * outbox processor takes it. So that a search right after a write finds it, as on the local
 * index, a request that changed indexed data answers once the outbox events of its transactions
 * are processed and the index refreshed, for at most {@code cms.search.write-wait}. When that wait runs out (the cluster
 * is down or far behind) the write answers anyway, its change safe in the outbox, and writes stop
 * waiting for {@code cms.search.retry-interval}.
 */
@Component
class SharedIndexVisibility {

    private static final Logger log = LoggerFactory.getLogger(SharedIndexVisibility.class);
    private static final String OUTBOX_EVENT = "org.hibernate.search.mapper.orm.outboxpolling.event.impl.OutboxEvent";
    private static final Duration POLL = Duration.ofMillis(20);

    private final NamedParameterJdbcTemplate jdbc;
    private final SearchSettings settings;
    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;
    private volatile Instant waitAgainAfter = Instant.MIN;

    SharedIndexVisibility(
            NamedParameterJdbcTemplate jdbc,
            SearchSettings settings,
            ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** One per Hibernate session: notes the outbox events the session writes, and waits for them after commit. */
    Interceptor tracker() {
        return new Tracker();
    }

    private void awaitProcessed(Set<UUID> events) {
        Instant now = Instant.now();
        if (settings.writeWait().isZero() || now.isBefore(waitAgainAfter)) {
            return;
        }
        Instant deadline = now.plus(settings.writeWait());
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", events);
        while (pending(ids) > 0) {
            if (Instant.now().isAfter(deadline)) {
                waitAgainAfter = Instant.now().plus(settings.retryInterval());
                log.warn(
                        "The search index has not taken this write's changes within {}: writes answer without"
                                + " waiting for the next {}; the changes stay in the outbox until they are indexed",
                        settings.writeWait(),
                        settings.retryInterval());
                return;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        // Indexed is not yet searchable: OpenSearch shows new documents at its next refresh (each second).
        try {
            Search.mapping(entityManagerFactory.getObject())
                    .scope(Article.class)
                    .workspace()
                    .refresh();
        } catch (SearchException e) {
            log.warn("Refreshing the search index failed: {}", e.getMessage());
        }
    }

    private Integer pending(MapSqlParameterSource ids) {
        return jdbc.queryForObject(
                "select count(*) from hsearch_outbox_event where id in (:ids) and status = 'PENDING'",
                ids,
                Integer.class);
    }

    /**
     * Notes the outbox events its session writes; they are written as the transaction commits, and
     * the request waits for them once it has committed.
     */
    private final class Tracker implements Interceptor, TransactionSynchronization {

        private final Set<UUID> events = new LinkedHashSet<>();
        private boolean registered;

        @Override
        public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
            if (id instanceof UUID event
                    && OUTBOX_EVENT.equals(entity.getClass().getName())) {
                // Only callers wait: background jobs (publishing, webhooks) go on at once.
                if (!registered
                        && RequestContextHolder.getRequestAttributes() != null
                        && TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(this);
                    registered = true;
                }
                if (registered) {
                    events.add(event);
                }
            }
            return false;
        }

        @Override
        public void afterCommit() {
            awaitProcessed(Set.copyOf(events));
        }

        @Override
        public void afterCompletion(int status) {
            events.clear();
            registered = false;
        }
    }
}
