package io.quire.article;

import org.hibernate.search.util.common.SearchException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The search index for operators ({@code /actuator/searchindex}, ADMIN): how many articles it
 * holds against the database and how many changes wait in the outbox; a POST drops the index,
 * creates it with this version's mapping and indexes every article again, in the background (the
 * way to apply a changed mapping; searches see a partial index until it completes).
 */
@Component
@Endpoint(id = "searchindex")
class SearchIndexEndpoint {

    private final SearchIndexMaintenance maintenance;
    private final Articles articles;
    private final SearchSettings settings;
    private final JdbcTemplate jdbc;

    SearchIndexEndpoint(
            SearchIndexMaintenance maintenance, Articles articles, SearchSettings settings, JdbcTemplate jdbc) {
        this.maintenance = maintenance;
        this.articles = articles;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * @param indexed articles in the index, or null when it is out of reach
     * @param pendingChanges changes waiting in the outbox to be indexed (shared index only)
     * @param failedChanges changes that failed to be indexed and wait for the cluster to answer again
     */
    record Status(
            String backend, long articles, Long indexed, Long pendingChanges, Long failedChanges, boolean rebuilding) {}

    @ReadOperation
    Status status() {
        Long indexed;
        try {
            indexed = maintenance.indexed();
        } catch (SearchException e) {
            indexed = null;
        }
        return new Status(
                settings.backend().name().toLowerCase(),
                articles.count(),
                indexed,
                settings.shared() ? outbox("PENDING") : null,
                settings.shared() ? outbox("ABORTED") : null,
                maintenance.rebuilding());
    }

    @WriteOperation
    Status rebuild() {
        maintenance.rebuild(true);
        return status();
    }

    private Long outbox(String status) {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = ?", Long.class, status);
    }
}
