package io.quire.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits of the application by policy name, so the web layer can announce a limit before it is used, and
 * where their per-client budgets are counted. On PostgreSQL the buckets live in the database (table {@code
 * rate_limit_buckets}, Bucket4j's PostgreSQL backend, each take under a row lock), so a client has the configured
 * budget across all instances together, however a balancer spreads its requests. On the embedded database (one
 * instance) they live in memory.
 */
@Component
public class RateLimiters {

    private static final Logger log = LoggerFactory.getLogger(RateLimiters.class);
    private static final int CLEAN_UP_BATCH = 1_000;

    private final Map<String, RateLimiter> byPolicy = new ConcurrentHashMap<>();
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> database;

    RateLimiters(DataSource dataSource) {
        this.database = postgres(dataSource)
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_limit_buckets")
                        // A bucket that has refilled completely holds nothing worth keeping.
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                        .build()
                : null;
    }

    /**
     * A new limit named {@code policy} (names are unique) of {@code capacity} per client and {@code period}, refilled
     * gradually.
     */
    public RateLimiter create(String policy, long capacity, Duration period) {
        RateLimiter limiter = new RateLimiter(policy, capacity, period, buckets(policy, capacity, period));
        if (byPolicy.putIfAbsent(policy, limiter) != null) {
            throw new IllegalStateException("Two rate limits are named " + policy);
        }
        return limiter;
    }

    public Optional<RateLimiter> named(String policy) {
        return Optional.ofNullable(byPolicy.get(policy));
    }

    /** Whether the budgets are shared by all instances (kept in the database). */
    public boolean shared() {
        return database != null;
    }

    private Function<String, Bucket> buckets(String policy, long capacity, Duration period) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        if (database != null) {
            return key -> database.getProxy(policy + ":" + key, () -> configuration);
        }
        // Bounded, so a flood of distinct clients cannot exhaust memory.
        Cache<String, Bucket> inMemory = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(period.multipliedBy(2))
                .build();
        return key -> inMemory.get(
                key,
                k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }

    /** Deletes the rows of buckets that have refilled completely (any instance may; rows in use are skipped). */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT10M")
    void removeRefilled() {
        if (database == null) {
            return;
        }
        int removed;
        do {
            removed = database.removeExpired(CLEAN_UP_BATCH);
            log.debug("Removed {} refilled rate-limit buckets", removed);
        } while (removed == CLEAN_UP_BATCH);
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the rate limits", e);
        }
    }
}
