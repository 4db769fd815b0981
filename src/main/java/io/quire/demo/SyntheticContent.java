package io.quire.demo;

import io.quire.article.ArticleData;
import io.quire.article.ArticleImport;
import io.quire.article.ArticleLookup;
import io.quire.article.ArticleStatus;
import io.quire.comment.CommentData;
import io.quire.comment.CommentStatus;
import io.quire.core.text.Slugs;
import io.quire.tag.TagData;
import io.quire.transfer.ContentImport;
import io.quire.user.UserManagement;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code cms.seed.articles=N}, fills a database that has no articles with N published articles by the
 * admin, with tags, approved comments and first revisions. A generator feeds them to the import path
 * ({@link ContentImport}), which writes them in batches through the article, tag and comment modules' import
 * APIs, so a million articles take minutes, not hours. Runs after the admin is created and before the
 * application reports ready; the search index is built in the background once it has started. A start on a
 * database that already has articles writes nothing.
 */
@Component
@Order(20)
class SyntheticContent implements ApplicationRunner {

    static final int TAGS = 3_000;
    static final int BODIES = 400;
    private static final long SEED = 20_260_601L;
    private static final String EDITOR = "admin";
    private static final Logger log = LoggerFactory.getLogger(SyntheticContent.class);

    private final SeedSettings settings;
    private final ContentImport importer;
    private final ArticleLookup articles;
    private final UserManagement users;
    private final Clock clock;

    SyntheticContent(
            SeedSettings settings, ContentImport importer, ArticleLookup articles, UserManagement users, Clock clock) {
        this.settings = settings;
        this.importer = importer;
        this.articles = articles;
        this.users = users;
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
        if (articles.hasAny()) {
            log.info("Not seeding {} synthetic articles: the database already has articles", count);
            return 0;
        }
        UUID adminId = users.idOf(EDITOR)
                .orElseThrow(() -> new IllegalStateException("Seeding needs the user 'admin' as the author"));
        long started = System.nanoTime();
        log.info("Seeding {} synthetic articles in batches of {}", count, settings.batchSize());
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> pool = SyntheticBodies.pool(BODIES, random);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        var session = importer.open(
                new ContentImport.Options(
                        false, ArticleImport.SlugClash.SUFFIX, ArticleImport.Indexing.ON_START, settings.batchSize()),
                () -> {});
        List<UUID> tags = new ArrayList<>(TAGS);
        List<String> names = SyntheticText.tagNames(TAGS);
        for (String name : names) {
            UUID id = UUID.nameUUIDFromBytes(("synthetic-tag:" + name).getBytes(StandardCharsets.UTF_8));
            session.tag(new TagData(id, name, Slugs.derive(name, "tag"), null, now, now, 0), "tag " + name);
            tags.add(id);
        }
        var generator = new SyntheticArticles(count, pool, tags.size(), now, SEED);
        int reported = 0;
        for (int i = 0; i < count; i++) {
            SyntheticArticles.Article article = generator.article(i);
            session.article(data(article, adminId, tags, names), List.of(), "synthetic article " + i);
            article.comments().forEach(c -> session.comment(comment(article, c), "synthetic comment"));
            int percent = (int) ((i + 1) * 100L / count);
            if (percent / 10 > reported / 10) {
                reported = percent;
                log.info("Generated {} of {} articles ({}%) in {} s", i + 1, count, percent, seconds(started));
            }
        }
        session.flush();
        long millis = Math.max(1, Duration.ofNanos(System.nanoTime() - started).toMillis());
        log.info(
                "Seeded {} articles ({} distinct bodies, {} tags; {} failed) in {} s: {} articles/s",
                session.counts().articles(),
                pool.size(),
                tags.size(),
                session.counts().failed(),
                seconds(started),
                session.counts().articles() * 1000L / millis);
        session.problems().stream().limit(10).forEach(p -> log.warn("Not seeded: {}: {}", p.item(), p.message()));
        return session.counts().articles();
    }

    private static ArticleData data(SyntheticArticles.Article a, UUID author, List<UUID> pool, List<String> names) {
        List<UUID> tagIds = new ArrayList<>(a.tags().length);
        List<String> tagNames = new ArrayList<>(a.tags().length);
        for (int tag : a.tags()) {
            tagIds.add(pool.get(tag));
            tagNames.add(names.get(tag));
        }
        tagNames.sort(String.CASE_INSENSITIVE_ORDER);
        return new ArticleData(
                a.id(),
                a.slug(),
                a.title(),
                a.summary(),
                a.body(),
                ArticleStatus.PUBLISHED,
                a.publishedAt(),
                null,
                author,
                tagIds,
                true,
                a.createdAt(),
                a.publishedAt(),
                1,
                List.of(new ArticleData.Revision(
                        1, a.createdAt(), EDITOR, a.title(), a.slug(), a.summary(), a.body(), tagNames, null, null)),
                List.of(),
                null,
                null);
    }

    private static CommentData comment(SyntheticArticles.Article article, SyntheticArticles.Comment c) {
        return new CommentData(
                c.id(),
                article.id(),
                c.parentId(),
                c.authorName(),
                c.authorEmail(),
                c.body(),
                CommentStatus.APPROVED,
                false,
                c.createdAt(),
                c.approvedAt(),
                1,
                List.of(new CommentData.Moderation(
                        EDITOR, CommentStatus.PENDING, CommentStatus.APPROVED, null, c.approvedAt())));
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }
}
