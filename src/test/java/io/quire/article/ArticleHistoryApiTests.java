package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Revisions, slug history and lost-update protection, on H2 and PostgreSQL. */
abstract class ArticleHistoryApiTests extends ApiTest {

    private JsonNode draft(String token, String title) {
        return given.draft(token, """
                {"title": "%s", "body": "First body", "tags": ["History"]}""".formatted(title));
    }

    @Test
    void recordsRevisionsNewestFirstAndRestoresAsANewRevision() {
        var author = signedInUser("AUTHOR");
        String editor = signedIn("EDITOR");
        String id = draft(author.token(), unique("Revised")).path("id").asString();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author.token(), "{\"body\": \"Second body\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"title\": \"Edited title\"}")
                .expectStatus()
                .isOk();
        // A change that changes nothing makes no revision.
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"title\": \"Edited title\"}")
                .expectStatus()
                .isOk();

        JsonNode list = body(get("/api/v1/articles/" + id + "/revisions", author.token())
                .expectStatus()
                .isOk());
        assertThat(list.path("page").path("totalElements").asInt()).isEqualTo(3);
        assertThat(list.path("content").get(0).path("number").asInt()).isEqualTo(3);
        assertThat(list.path("content").get(0).path("editor").asString()).startsWith("editor-");
        assertThat(list.path("content").get(2).path("editor").asString()).isEqualTo(author.username());
        assertThat(list.path("content").get(2).path("body").asString()).isEqualTo("First body");
        assertThat(list.path("content").get(2).path("tags").get(0).asString()).isEqualTo("History");

        get("/api/v1/articles/" + id + "/revisions/1", author.token())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.body")
                .isEqualTo("First body")
                .jsonPath("$.number")
                .isEqualTo(1);
        get("/api/v1/articles/" + id + "/revisions/99", author.token())
                .expectStatus()
                .isNotFound();
        get("/api/v1/articles/" + id + "/revisions", null).expectStatus().isUnauthorized();
        get("/api/v1/articles/" + id + "/revisions", signedIn("AUTHOR"))
                .expectStatus()
                .isNotFound();

        JsonNode restored =
                body(send(HttpMethod.POST, "/api/v1/articles/" + id + "/revisions/1/restore", author.token(), null)
                        .expectStatus()
                        .isOk());
        assertThat(restored.path("body").asString()).isEqualTo("First body");
        assertThat(restored.path("title").asString()).isNotEqualTo("Edited title");
        get("/api/v1/articles/" + id + "/revisions", author.token())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.page.totalElements")
                .isEqualTo(4)
                .jsonPath("$.content[0].body")
                .isEqualTo("First body");
    }

    @Test
    void keepsHistoryWhenUnpublishedAndArchived() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String id = draft(author, unique("Kept history")).path("id").asString();
        given.publish(editor, id);
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"body\": \"Corrected\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/archive", editor, null)
                .expectStatus()
                .isOk();
        get("/api/v1/articles/" + id + "/revisions", editor)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.page.totalElements")
                .isEqualTo(2);
    }

    @Test
    void oldSlugRedirectsToTheCurrentOne() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        JsonNode article = draft(author, unique("Renamed"));
        String id = article.path("id").asString();
        String oldSlug = article.path("slug").asString();
        given.publish(editor, id);
        String newSlug = unique("renamed-again");
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"slug\": \"" + newSlug + "\"}")
                .expectStatus()
                .isOk();

        get("/api/v1/articles/slug/" + oldSlug, null)
                .expectStatus()
                .isEqualTo(301)
                .expectHeader()
                .valueMatches("Location", ".*/api/v1/articles/slug/" + newSlug);
        get("/api/v1/articles/slug/" + newSlug, null).expectStatus().isOk();

        // A derived slug avoids another article's old slug; an explicit one takes it over.
        String title = article.path("title").asString();
        JsonNode derived = draft(author, title);
        assertThat(derived.path("slug").asString()).isNotEqualTo(oldSlug);
        send(
                        HttpMethod.PATCH,
                        "/api/v1/articles/" + derived.path("id").asString(),
                        author,
                        "{\"slug\": \"" + oldSlug + "\"}")
                .expectStatus()
                .isOk();
        get("/api/v1/articles/slug/" + oldSlug, author)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(derived.path("id").asString());

        // An unpublished article's old slug does not tell the public where it went.
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        get("/api/v1/articles/slug/" + newSlug, null).expectStatus().isNotFound();
    }

    @Test
    void sixteenConcurrentWritersWithOneETagLeaveExactlyOneWinner() throws Exception {
        String editor = signedIn("EDITOR");
        String id = draft(editor, unique("Contended")).path("id").asString();
        String etag = get("/api/v1/articles/" + id, editor)
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        int writers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "Writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                return http.patch()
                        .uri("/api/v1/articles/" + id)
                        .header("Authorization", "Bearer " + editor)
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"title\": \"" + title + "\"}")
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        get("/api/v1/articles/" + id + "/revisions", editor)
                .expectBody()
                .jsonPath("$.page.totalElements")
                .isEqualTo(2);
    }

    @Test
    void staleActionsAreRefused() {
        String editor = signedIn("EDITOR");
        JsonNode article = draft(editor, unique("Stale action"));
        String id = article.path("id").asString();
        http.post()
                .uri("/api/v1/articles/" + id + "/publish")
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", "\"0000\"")
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        http.post()
                .uri("/api/v1/articles/" + id + "/publish")
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", "garbage")
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, "{\"version\": 7}")
                .expectStatus()
                .isEqualTo(412);
        get("/api/v1/articles/" + id, editor).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        http.delete()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", "\"stale\"")
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        get("/api/v1/articles/" + id, editor).expectStatus().isOk();
    }
}
