package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public lists of a tag follow every write that changes what they hold: publishing, editing
 * the tags, unpublishing, archiving, republishing, restoring a revision, deleting. Run on H2 and
 * on PostgreSQL by the subclasses.
 */
abstract class TagListApiTests extends ApiTest {

    private static final Instant T0 = Instant.parse("2021-03-01T08:00:00Z");

    @Autowired
    private JdbcTemplate jdbc;

    private String editor;

    /** Publication time of each published article of the test, by id. */
    private final Map<String, Instant> published = new LinkedHashMap<>();

    private String article(String title, String... tags) {
        String tagList = "[\"" + String.join("\", \"", tags) + "\"]";
        return body(send(HttpMethod.POST, "/api/v1/articles", editor, """
                {"title": "%s", "body": "Text.", "tags": %s}""".formatted(unique(title), tagList))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
    }

    private void publish(String id, Instant at) {
        String request = at == null ? null : "{\"publishedAt\": \"" + at + "\"}";
        JsonNode article = body(send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, request)
                .expectStatus()
                .isOk());
        published.put(id, Instant.parse(article.path("publishedAt").asString()));
    }

    private void action(String id, String action) {
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/" + action, editor, null)
                .expectStatus()
                .isOk();
        published.remove(id);
    }

    private void retag(String id, String... tags) {
        send(
                        HttpMethod.PATCH,
                        "/api/v1/articles/" + id,
                        editor,
                        "{\"tags\": [\"" + String.join("\", \"", tags) + "\"]}")
                .expectStatus()
                .isOk();
    }

    /** The published articles among these, newest first and by id on a tie, as the database orders ids. */
    private List<String> newestFirst(String... ids) {
        return List.of(ids).stream()
                .filter(published::containsKey)
                .sorted(Comparator.comparing((String id) -> published.get(id))
                        .thenComparing(id -> id)
                        .reversed())
                .toList();
    }

    private static List<String> oldestFirst(List<String> newestFirst) {
        List<String> ids = new ArrayList<>(newestFirst);
        Collections.reverse(ids);
        return ids;
    }

    /** Every item of the list, following {@code next} from the first page to the last. */
    private List<String> walk(String url) {
        List<String> seen = new ArrayList<>();
        for (int pages = 0; url != null; pages++) {
            assertThat(pages).as("pages of " + url).isLessThan(20);
            JsonNode page = body(get(url, null).expectStatus().isOk());
            page.path("content").forEach(a -> seen.add(a.path("id").asString()));
            url = page.path("next").isNull() ? null : page.path("next").asString();
            if (url != null) {
                url = url.substring(url.indexOf("/api/v1/"));
            }
        }
        return seen;
    }

    private List<String> list(String query) {
        List<String> ids = new ArrayList<>();
        body(get("/api/v1/articles?" + query, null).expectStatus().isOk())
                .path("content")
                .forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    private long total(String query) {
        return body(get("/api/v1/articles?" + query, null).expectStatus().isOk())
                .path("page")
                .path("totalElements")
                .asLong();
    }

    private int articleCount(String tag) {
        return body(get("/api/v1/tags/slug/" + tag, editor).expectStatus().isOk())
                .path("articleCount")
                .asInt();
    }

    @Test
    void tagListsFollowPublishingRetaggingUnpublishingArchivingAndRepublishing() {
        editor = signedIn("EDITOR");
        String red = unique("Red").toLowerCase();
        String blue = unique("Blue").toLowerCase();
        String a1 = article("One", red);
        String a2 = article("Two", red, blue);
        String a3 = article("Three", blue);
        String a4 = article("Four", red);
        String draft = article("Draft", red, blue);
        publish(a1, T0);
        publish(a2, T0.plus(Duration.ofHours(2)));
        publish(a3, T0.plus(Duration.ofHours(3)));
        publish(a4, T0.plus(Duration.ofHours(2)));

        assertThat(list("tag=" + red))
                .containsExactlyElementsOf(newestFirst(a1, a2, a4))
                .doesNotContain(draft);
        assertThat(list("tag=" + blue)).containsExactlyElementsOf(newestFirst(a2, a3));
        assertThat(walk("/api/v1/articles?tag=" + red + "&tag=" + blue + "&size=1"))
                .containsExactlyElementsOf(newestFirst(a1, a2, a3, a4));
        assertThat(walk("/api/v1/articles?tag=" + red + "&tag=" + blue + "&size=3&sort=publishedAt,asc"))
                .containsExactlyElementsOf(oldestFirst(newestFirst(a1, a2, a3, a4)));
        assertThat(list("tag=" + red + "&tag=" + blue + "&size=2&page=1"))
                .containsExactlyElementsOf(newestFirst(a1, a2, a3, a4).subList(2, 4));
        assertThat(total("tag=" + red + "&tag=" + blue)).isEqualTo(4);
        assertThat(total("tag=" + red)).isEqualTo(3);
        assertThat(articleCount(red)).isEqualTo(3);
        assertThat(articleCount(blue)).isEqualTo(2);

        retag(a1, blue);
        assertThat(list("tag=" + red)).containsExactlyElementsOf(newestFirst(a2, a4));
        assertThat(list("tag=" + blue)).containsExactlyElementsOf(newestFirst(a1, a2, a3));
        assertThat(articleCount(red)).isEqualTo(2);
        assertThat(articleCount(blue)).isEqualTo(3);

        action(a2, "unpublish");
        assertThat(list("tag=" + red)).containsExactly(a4);
        assertThat(walk("/api/v1/articles?tag=" + red + "&tag=" + blue + "&size=1"))
                .containsExactlyElementsOf(newestFirst(a1, a3, a4));
        assertThat(articleCount(red)).isEqualTo(1);
        assertThat(articleCount(blue)).isEqualTo(2);

        action(a4, "archive");
        assertThat(list("tag=" + red)).isEmpty();
        assertThat(total("tag=" + red)).isZero();
        assertThat(articleCount(red)).isZero();

        publish(a4, T0.plus(Duration.ofHours(5)));
        publish(a2, null);
        assertThat(published.get(a2)).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(list("tag=" + red)).containsExactly(a4, a2);
        assertThat(walk("/api/v1/articles?tag=" + red + "&tag=" + blue + "&size=2"))
                .containsExactly(a4, a3, a2, a1);
        assertThat(articleCount(red)).isEqualTo(2);
        assertThat(articleCount(blue)).isEqualTo(3);

        // Revision 1 of a1 was filed under red alone.
        send(HttpMethod.POST, "/api/v1/articles/" + a1 + "/revisions/1/restore", editor, null)
                .expectStatus()
                .isOk();
        assertThat(list("tag=" + red)).containsExactly(a4, a2, a1);
        assertThat(articleCount(red)).isEqualTo(3);

        send(HttpMethod.DELETE, "/api/v1/articles/" + a3, editor, null)
                .expectStatus()
                .isNoContent();
        published.remove(a3);
        assertThat(list("tag=" + blue)).containsExactly(a2);
        assertThat(articleCount(blue)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from article_tags t join articles a on a.id = t.article_id
                where case when a.status = 'PUBLISHED' then a.published_at end is distinct from t.published_at""", Long.class)).isZero();
    }

    @Test
    void narrowsATagListByPublicationTime() {
        editor = signedIn("EDITOR");
        String tag = unique("Dated").toLowerCase();
        String other = unique("Other").toLowerCase();
        List<String> ids = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            String id = article("Dated " + hour, tag, other);
            publish(id, T0.plus(Duration.ofHours(hour)));
            ids.add(id);
        }
        String window =
                "&publishedAfter=" + T0.plus(Duration.ofHours(1)) + "&publishedBefore=" + T0.plus(Duration.ofHours(4));
        assertThat(list("tag=" + tag + window)).containsExactly(ids.get(3), ids.get(2), ids.get(1));
        assertThat(total("tag=" + tag + window)).isEqualTo(3);
        assertThat(walk("/api/v1/articles?tag=" + tag + "&tag=" + other + "&size=2&sort=publishedAt,asc" + window))
                .containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThat(total("tag=" + tag + "&tag=" + other + window)).isEqualTo(3);
        assertThat(list("tag=" + tag + "&publishedAfter=" + T0.plus(Duration.ofHours(3))))
                .containsExactly(ids.get(4), ids.get(3));
        assertThat(list("tag=" + tag + "&publishedBefore=" + T0.plus(Duration.ofHours(1))))
                .containsExactly(ids.get(0));
        assertThat(list("tag=" + tag + "&status=DRAFT")).isEmpty();
    }

    @Test
    void moreThanTwentyTagsAreRefusedNamingTheParameter() {
        String twenty = "tag=a" + "&tag=a".repeat(19);
        get("/api/v1/articles?" + twenty, null).expectStatus().isOk();
        get("/api/v1/articles?" + twenty + "&tag=a", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tag");
    }
}
