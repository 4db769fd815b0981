package io.quire.article;

import io.quire.article.internal.OpenSearchAnalysis;
import io.quire.article.internal.PrefixedIndexLayout;
import io.quire.article.internal.SearchAnalysis;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Interceptor;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Hibernate Search the backend that {@code cms.search.backend} names. The local Lucene index
 * is indexed as each transaction commits. The shared OpenSearch index is fed through an outbox:
 * each transaction stores its index changes in a table with the data, and the event processors
 * of all instances take them from there, each change once, also after a crash between the commit
 * and the indexing.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfig {

    private static final String SEARCH = "hibernate.search.";
    private static final String BACKEND = SEARCH + "backend.";

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchSettings settings, SharedIndexVisibility visibility) {
        return properties -> {
            if (settings.shared()) {
                shared(settings, visibility, properties);
            } else {
                // A write waits until a search sees it; Lucene commits to disk within a second (io.commit_interval).
                properties.putIfAbsent(SEARCH + "indexing.plan.synchronization.strategy", "read-sync");
                properties.putIfAbsent(BACKEND + "type", "lucene");
                properties.putIfAbsent(
                        BACKEND + "directory.root", settings.indexDir().toString());
                properties.putIfAbsent(BACKEND + "analysis.configurer", "class:" + SearchAnalysis.class.getName());
                properties.putIfAbsent(BACKEND + "lucene_version", "LATEST");
            }
        };
    }

    private static void shared(
            SearchSettings settings, SharedIndexVisibility visibility, Map<String, Object> properties) {
        properties.put(BACKEND + "type", "elasticsearch");
        properties.put(
                BACKEND + "uris", settings.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.put(BACKEND + "username", settings.username());
            properties.put(BACKEND + "password", settings.password() == null ? "" : settings.password());
        }
        // The version is stated, not asked: an instance starts while the cluster is unreachable.
        properties.put(BACKEND + "version", settings.version());
        properties.put(BACKEND + "version_check.enabled", "false");
        properties.put(BACKEND + "analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
        properties.put(
                BACKEND + "layout.strategy", BeanReference.ofInstance(new PrefixedIndexLayout(settings.indexPrefix())));
        // The index is created or checked in the background (SharedIndexUpkeep), not before start.
        properties.put(SEARCH + "schema_management.strategy", "none");
        properties.put(SEARCH + "coordination.strategy", "outbox-polling");
        properties.put(
                SEARCH + "coordination.event_processor.retry_delay",
                Long.toString(settings.retryInterval().toSeconds()));
        Supplier<Interceptor> tracker = visibility::tracker;
        properties.put("hibernate.session_factory.session_scoped_interceptor", tracker);
    }
}
