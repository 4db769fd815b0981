package io.quire.demo;

import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import io.quire.user.UserManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code cms.seed.articles=N}, fills a database that has no articles with N published
 * articles by the admin, with tags, approved comments and first revisions, in batches of plain
 * JDBC inserts (one transaction each) so a million articles take minutes, not hours. Runs after
 * the admin is created and before the application reports ready; a start on a database that
 * already has articles writes nothing.
 */
@Component
@Order(20)
class SyntheticContent implements ApplicationRunner {

    static final int TAGS = 3_000;
    static final int BODIES = 400;
    private static final long SEED = 20_260_601L;
    private static final Logger log = LoggerFactory.getLogger(SyntheticContent.class);

    private final SeedSettings settings;
    private final SeedWriter writer;
    private final SyntheticBodies bodies;
    private final UserManagement users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SyntheticContent(
            SeedSettings settings,
            SeedWriter writer,
            SyntheticBodies bodies,
            UserManagement users,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.settings = settings;
        this.writer = writer;
        this.bodies = bodies;
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.requested()) {
            seed(settings.articles());
        }
    }

    /**
     * Writes {@code count} published articles if the database has none.
     *
     * @return how many articles were written: {@code count}, or 0 when there were articles already
     */
    public int seed(int count) {
        if (writer.hasArticles()) {
            log.info("Not seeding {} synthetic articles: the database already has articles", count);
            return 0;
        }
        UUID adminId = users.idOf("admin")
                .orElseThrow(() -> new IllegalStateException("Seeding needs the user 'admin' as the author"));
        long started = System.nanoTime();
        log.info("Seeding {} synthetic articles in batches of {}", count, settings.batchSize());
        SplittableRandom random = new SplittableRandom(SEED);
        var pool = bodies.render(BODIES, random, new Caller(adminId, "admin", Set.of(Role.ADMIN)));
        log.info(
                "Rendered {} distinct bodies in {} s",
                pool.size(),
                seconds(Duration.ofNanos(System.nanoTime() - started)));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        var tags = transaction.execute(status -> writer.tags(SyntheticText.tagNames(TAGS), now));
        var generator = new SyntheticArticles(count, pool, tags.size(), now, SEED);
        int reported = 0;
        for (int from = 0; from < count; from += settings.batchSize()) {
            int to = Math.min(count, from + settings.batchSize());
            List<SyntheticArticles.Article> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(generator.article(i));
            }
            transaction.executeWithoutResult(status -> writer.articles(batch, tags, adminId));
            int percent = (int) (to * 100L / count);
            if (percent / 10 > reported / 10) {
                reported = percent;
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                log.info("Seeded {} of {} articles ({}%) in {} s", to, count, percent, seconds(elapsed));
            }
        }
        int counted = transaction.execute(status -> writer.recountTags());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info(
                "Seeded {} articles ({} distinct bodies, {} tags, {} of them in use) in {} s: {} articles/s",
                count,
                pool.size(),
                tags.size(),
                counted,
                seconds(took),
                count * 1000L / Math.max(1, took.toMillis()));
        return count;
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
