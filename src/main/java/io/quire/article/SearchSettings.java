package io.quire.article;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the search index lives: in a Lucene index on this instance's disk (the default), or in
 * one OpenSearch index that every instance shares.
 *
 * @param backend {@code lucene} (one index per instance) or {@code opensearch} (one shared index)
 * @param indexDir the folder of the local index ({@code lucene})
 * @param syncInterval how often articles changed through other instances are indexed here too ({@code lucene})
 * @param uris the OpenSearch nodes, e.g. {@code https://search.internal:9200} ({@code opensearch})
 * @param username the OpenSearch user, when the cluster requires one
 * @param password that user's password
 * @param indexPrefix put before the index name ({@code quire-articles}), so several deployments can share a cluster
 * @param version the OpenSearch version the cluster runs, as {@code opensearch:<major>.<minor>}; it is not asked
 *         of the cluster on start, so an instance starts while the cluster is unreachable
 * @param writeWait how long a write waits until its change is searchable before it answers anyway ({@code
 *         opensearch}; the local index always makes a write wait)
 * @param retryInterval how long a change that could not be indexed waits before the next attempt ({@code opensearch})
 */
@Validated
@ConfigurationProperties("cms.search")
record SearchSettings(
        @DefaultValue("lucene") @NotNull Backend backend,
        @DefaultValue("./data/search-index") @NotNull Path indexDir,
        @DefaultValue("10s") @NotNull Duration syncInterval,
        @DefaultValue("http://localhost:9200") @NotEmpty List<URI> uris,
        String username,
        String password,

        @DefaultValue("quire-") @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{0,49}|")
        String indexPrefix,

        @DefaultValue("opensearch:2.19") @NotNull @Pattern(regexp = "opensearch:\\d+(\\.\\d+){0,2}")
        String version,

        @DefaultValue("2s") @NotNull Duration writeWait,
        @DefaultValue("10s") @NotNull Duration retryInterval) {

    enum Backend {
        LUCENE,
        OPENSEARCH
    }

    SearchSettings {
        if (syncInterval.isNegative() || syncInterval.isZero()) {
            throw new IllegalArgumentException("cms.search.sync-interval must be positive");
        }
        if (retryInterval.toSeconds() < 1) {
            throw new IllegalArgumentException("cms.search.retry-interval must be at least 1s");
        }
        if (writeWait.isNegative()) {
            throw new IllegalArgumentException("cms.search.write-wait must not be negative");
        }
    }

    boolean shared() {
        return backend == Backend.OPENSEARCH;
    }
}
