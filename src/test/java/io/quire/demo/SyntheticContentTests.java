package io.quire.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.article.internal.HtmlOutline;
import io.quire.article.internal.MarkdownRenderer;
import io.quire.core.text.Slugs;
import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code cms.seed.articles} on a fresh database of its own: the rows the seeder writes are
 * consistent with what the modules would have written, and the API serves them. Run on H2
 * and on PostgreSQL by the subclasses.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:quire-seed-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "cms.admin.password=" + ApiTest.ADMIN_PASSWORD,
            "cms.security.jwt-secret=dGVzdC1vbmx5LXNpZ25pbmcta2V5LW9mLTMyLWJ5dGVzLWF0LWxlYXN0IQ==",
            "server.forward-headers-strategy=framework",
            "cms.seed.articles=" + SyntheticContentTests.SEEDED,
            "cms.seed.batch-size=70",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "cms.media.dir=target/test-media",
            "logging.level.io.quire=warn"
        })
abstract class SyntheticContentTests extends ApiTest {

    static final int SEEDED = 300;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MarkdownRenderer markdown;

    @Autowired
    private ApplicationContext context;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void writesTheRequestedNumberOfPublishedArticlesInsteadOfTheDemoContent() {
        assertThat(count("select count(*) from articles")).isEqualTo(SEEDED);
        assertThat(count("select count(*) from articles where status = 'PUBLISHED' and published_at is not null"))
                .isEqualTo(SEEDED);
        assertThat(count("select count(distinct title) from articles")).isEqualTo(SEEDED);
        assertThat(count("select count(distinct published_at) from articles")).isEqualTo(SEEDED);
        assertThat(count("""
                select count(*) from articles a join users u on u.id = a.author_id
                where u.username = 'admin' and a.created_at <= a.published_at and a.published_at < current_timestamp""")).isEqualTo(SEEDED);
        assertThat(jdbc.queryForList("select slug from articles", String.class)).allMatch(Slugs::isValid);
        assertThat(count("select count(*) from articles where title like 'GPU export rules%'"))
                .isZero();
        assertThat(body(get("/api/v1/articles", null).expectStatus().isOk())
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isEqualTo(SEEDED);
    }

    @Test
    void filesEveryArticleUnderOneToFourTagsWithCountsThatMatch() {
        assertThat(count("""
                select count(*) from (select article_id, count(*) n from article_tags group by article_id) t
                where n between 1 and 4""")).isEqualTo(SEEDED);
        assertThat(count("select count(*) from tags")).isEqualTo(SyntheticContent.TAGS);
        assertThat(count("""
                select count(*) from tags t where t.article_count <> (select count(*) from article_tags at
                join articles a on a.id = at.article_id where at.tag_id = t.id and a.status = 'PUBLISHED')""")).isZero();
        long news = count("select article_count from tags where slug = 'news'");
        assertThat(news).isGreaterThan(SEEDED / 10);
        JsonNode tag = body(get("/api/v1/tags/slug/news", null).expectStatus().isOk());
        assertThat(tag.path("articleCount").asLong()).isEqualTo(news);
        assertThat(count("""
                select count(*) from article_tags at join articles a on a.id = at.article_id
                where at.published_at is distinct from a.published_at""")).isZero();
        JsonNode list = body(
                get("/api/v1/articles?tag=news&size=5", null).expectStatus().isOk());
        assertThat(list.path("page").path("totalElements").asLong()).isEqualTo(news);
        list.path("content").forEach(article -> assertThat(article.path("tags").findValuesAsString("slug"))
                .contains("news"));
        List<String> newest = jdbc.queryForList("""
                select cast(a.id as varchar(36)) from articles a join article_tags at on at.article_id = a.id
                join tags t on t.id = at.tag_id where t.slug = 'news'
                order by a.published_at desc, a.id desc fetch first 5 rows only""", String.class);
        assertThat(list.path("content")
                        .valueStream()
                        .map(a -> a.path("id").asString())
                        .toList())
                .containsExactlyElementsOf(newest);
    }

    @Test
    void keepsCommentThreadsAndCountsAsTheCommentModuleWould() {
        assertThat(count("select count(*) from comments")).isGreaterThan(SEEDED / 10);
        assertThat(count("select count(*) from comments where status <> 'APPROVED' or removed"))
                .isZero();
        assertThat(count("""
                select count(*) from articles a where a.comment_count <> (select count(*) from comments c
                where c.article_id = a.id and c.status = 'APPROVED' and not c.removed)""")).isZero();
        assertThat(count("""
                select count(*) from comments p where p.reply_count <> (select count(*) from comments c
                where c.parent_id = p.id and c.status = 'APPROVED')""")).isZero();
        assertThat(count("""
                select count(*) from comments c join comments p on p.id = c.parent_id
                where c.depth <> p.depth + 1 or c.thread_path not like p.thread_path || '/%'
                    or c.article_id <> p.article_id or c.created_at <= p.created_at""")).isZero();
        assertThat(count("select count(*) from comments where parent_id is null and depth = 0"))
                .isPositive();
        assertThat(count("select count(*) from comment_moderations where to_status = 'APPROVED'"))
                .isEqualTo(count("select count(*) from comments"));
        assertThat(jdbc.queryForList("select body_hash from comments", String.class))
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));

        Map<String, Object> commented = jdbc.queryForMap(
                "select id, comment_count from articles where comment_count > 1 fetch first 1 rows only");
        JsonNode thread = body(get("/api/v1/articles/" + commented.get("id") + "/comments", null)
                .expectStatus()
                .isOk());
        assertThat(thread.path("content").size()).isEqualTo(((Number) commented.get("comment_count")).intValue());
    }

    @Test
    void servesEachArticleWithTheHtmlAndReadingTimeTheRendererGives() {
        assertThat(count("select count(distinct body) from articles")).isGreaterThan(SEEDED / 3);
        assertThat(count("select count(distinct reading_time_minutes) from articles"))
                .isGreaterThan(2);
        String slug = jdbc.queryForObject(
                "select slug from articles order by published_at desc fetch first 1 rows only", String.class);
        JsonNode article =
                body(get("/api/v1/articles/slug/" + slug, null).expectStatus().isOk());
        assertThat(article.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(article.path("author").path("username").asString()).isEqualTo("admin");
        assertThat(article.path("bodyHtml").asString())
                .isEqualTo(
                        HtmlOutline.of(markdown.toSafeHtml(article.path("body").asString()))
                                .html())
                .startsWith("<");
        assertThat(article.path("readingTimeMinutes").asInt())
                .isEqualTo(markdown.readingTimeMinutes(article.path("body").asString()));
        assertThat(article.path("tags").size()).isBetween(1, 4);
        assertThat(article.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void recordsTheFirstRevisionOfEveryArticle() {
        assertThat(count("""
                select count(*) from article_revisions r join articles a on a.id = r.article_id
                where r.number = 1 and r.title = a.title and r.slug = a.slug and r.body = a.body
                    and r.editor = 'admin'""")).isEqualTo(SEEDED);
        String id = jdbc.queryForObject("select id from articles fetch first 1 rows only", String.class);
        JsonNode revisions = body(get("/api/v1/articles/" + id + "/revisions", adminToken())
                .expectStatus()
                .isOk());
        assertThat(revisions.path("content").size()).isEqualTo(1);
        List<String> tags = revisions
                .path("content")
                .get(0)
                .path("tags")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        JsonNode article =
                body(get("/api/v1/articles/" + id, null).expectStatus().isOk());
        assertThat(tags)
                .containsExactlyInAnyOrderElementsOf(article.path("tags").findValuesAsString("name"));
    }

    @Test
    void aSecondStartWritesNothing() throws Exception {
        long comments = count("select count(*) from comments");
        ApplicationArguments args = new DefaultApplicationArguments();
        List<ApplicationRunner> runners =
                new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
        AnnotationAwareOrderComparator.sort(runners);
        for (ApplicationRunner runner : runners) {
            runner.run(args);
        }
        assertThat(context.getBean(SyntheticContent.class).seed(10)).isZero();
        assertThat(count("select count(*) from articles")).isEqualTo(SEEDED);
        assertThat(count("select count(*) from comments")).isEqualTo(comments);
        assertThat(count("select count(*) from tags")).isEqualTo(SyntheticContent.TAGS);
    }
}
