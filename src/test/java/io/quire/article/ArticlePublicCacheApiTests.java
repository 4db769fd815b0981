package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * Anonymous reads are answered from kept bytes: shown by changing a row behind the application's
 * back, which the public does not see until the application itself changes the article.
 */
abstract class ArticlePublicCacheApiTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicIsAnsweredFromKeptBytesUntilAWriteThroughTheApplication() {
        String editor = signedIn("EDITOR");
        String title = unique("Kept");
        var created = given.published(editor, """
                {"title": "%s", "tags": ["%s"]}""".formatted(title, unique("KeptTag")));
        String id = created.path("id").asString();
        String slug = created.path("slug").asString();
        String path = "/api/v1/articles/slug/" + slug;

        EntityExchangeResult<String> first =
                get(path, null).expectStatus().isOk().returnResult(String.class);
        jdbc.update("update articles set title = ? where id = ?", "Changed behind its back", UUID.fromString(id));

        EntityExchangeResult<String> kept =
                get(path, null).expectStatus().isOk().returnResult(String.class);
        assertThat(kept.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(json(kept.getResponseBody()).path("title").asString()).isEqualTo(title);
        assertThat(kept.getResponseHeaders()).isEqualTo(withoutDate(first.getResponseHeaders(), kept));
        assertThat(kept.getResponseHeaders().get(HttpHeaders.VARY)).doesNotHaveDuplicates();
        assertThat(kept.getResponseHeaders().getCacheControl()).startsWith("public");
        http.get()
                .uri(path)
                .header(HttpHeaders.IF_NONE_MATCH, first.getResponseHeaders().getETag())
                .exchange()
                .expectStatus()
                .isNotModified()
                .expectHeader()
                .valueEquals(HttpHeaders.ETAG, first.getResponseHeaders().getETag());

        // Credentials never get a kept answer.
        get("/api/v1/articles/" + id, editor).expectBody().jsonPath("$.title").isEqualTo("Changed behind its back");
        get(path, editor).expectStatus().isOk().expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, "private.*");

        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"summary\": \"Edited\"}")
                .expectStatus()
                .isOk();
        var current = body(get(path, null).expectStatus().isOk());
        assertThat(current.path("title").asString()).isEqualTo("Changed behind its back");
        assertThat(current.path("summary").asString()).isEqualTo("Edited");
    }

    @Test
    void listsAreKeptPerForwardedHostSoTheirLinksStayRight() {
        String editor = signedIn("EDITOR");
        String tag = unique("HostTag");
        for (int i = 0; i < 2; i++) {
            given.published(editor, """
                    {"title": "%s", "tags": ["%s"]}""".formatted(unique("Hosted"), tag));
        }
        String path = "/api/v1/articles?size=1&tag=" + tag.toLowerCase();
        for (String host : new String[] {"one.example", "two.example", "one.example"}) {
            http.get()
                    .uri(path)
                    .header("X-Forwarded-Host", host)
                    .header("X-Forwarded-Proto", "https")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueMatches(HttpHeaders.LINK, ".*<https://" + host + "/api/v1/articles\\?.*")
                    .expectBody()
                    .jsonPath("$.next")
                    .value(next -> assertThat((String) next).startsWith("https://" + host + "/"));
        }
    }

    /**
     * Every write empties the caches after its transaction, in the request's own thread: that must
     * take no second database connection, or writes at once beyond the pool's size starve it.
     */
    @Test
    void writesBeyondThePoolSizeAtOnceAllEvictTheCachesAndSucceed() throws Exception {
        String editor = signedIn("EDITOR");
        String tag = unique("Crowd");
        // Made first: writers that all introduce the same new tag race to create it, and the losers answer 409.
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"%s\"}".formatted(tag))
                .expectStatus()
                .isCreated();
        int writers = 3 * 10; // three times Hikari's default pool
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = unique("Crowded");
                statuses.add(
                        pool.submit(() -> send(HttpMethod.POST, "/api/v1/articles", editor, """
                        {"title": "%s", "tags": ["%s"]}""".formatted(title, tag))
                                .returnResult(String.class)
                                .getStatus()
                                .value()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(body(get("/api/v1/articles?status=DRAFT&tag=" + tag.toLowerCase(), editor))
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isEqualTo(writers);
    }

    private static HttpHeaders withoutDate(HttpHeaders first, EntityExchangeResult<String> kept) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(first);
        headers.set(HttpHeaders.DATE, kept.getResponseHeaders().getFirst(HttpHeaders.DATE));
        return headers;
    }
}
