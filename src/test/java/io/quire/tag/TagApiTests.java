package io.quire.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The tag endpoints over HTTP, run on H2 and on PostgreSQL by the subclasses. */
abstract class TagApiTests extends ApiTest {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private JsonNode createTag(String token, String json) {
        return body(send(HttpMethod.POST, "/api/v1/tags", token, json)
                .expectStatus()
                .isCreated());
    }

    private JsonNode tag(String token, String name) {
        return createTag(token, "{\"name\": \"" + name + "\"}");
    }

    private String article(String authorToken, String... tagNames) {
        String tags = tagNames.length == 0 ? "[]" : "[\"" + String.join("\", \"", tagNames) + "\"]";
        return body(send(HttpMethod.POST, "/api/v1/articles", authorToken, """
                {"title": "%s", "body": "Some text.", "tags": %s}""".formatted(unique("Tagged"), tags))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
    }

    private void publish(String editorToken, String articleId) {
        assertThat(given.publish(editorToken, articleId).path("status").asString())
                .isEqualTo("PUBLISHED");
    }

    private String etagOf(String path, String token) {
        return get(path, token)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
    }

    private int articleCount(String tagId) {
        return body(get("/api/v1/tags/" + tagId, adminToken()).expectStatus().isOk())
                .path("articleCount")
                .asInt();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsString("field");
    }

    /** Every tag of the list in this order, page by page, as an editor sees it. */
    private List<JsonNode> allTags(String sort) {
        return allTags(sort, adminToken());
    }

    /** Every tag of the list in this order, page by page, as the caller (null: the public) sees it. */
    private List<JsonNode> allTags(String sort, String token) {
        List<JsonNode> all = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode body = body(get("/api/v1/tags?size=100&sort=" + sort + "&page=" + page, token)
                    .expectStatus()
                    .isOk());
            body.path("content").forEach(all::add);
            pages = body.path("page").path("totalPages").asInt();
        }
        return all;
    }

    @Test
    void createsATagWithDerivedSlugLocationAndETag() {
        String editor = signedIn("EDITOR");
        String name = "Machine Learning " + unique("Ünï");
        var response = send(HttpMethod.POST, "/api/v1/tags", editor, """
                {"name": "  %s  ", "description": "Models and their rules."}""".formatted(name));
        response.expectStatus()
                .isCreated()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader()
                .valueMatches("ETag", "\"[0-9a-f]{32}\"");
        var result = response.returnResult(String.class);
        JsonNode tag = json(result.getResponseBody());
        String id = tag.path("id").asString();
        assertThat(result.getResponseHeaders().getLocation())
                .hasToString("http://localhost:" + port + "/api/v1/tags/" + id);
        assertThat(tag.path("name").asString()).isEqualTo(name);
        assertThat(tag.path("slug").asString())
                .isEqualTo(name.toLowerCase(Locale.ROOT)
                        .replace("ü", "u")
                        .replace("ï", "i")
                        .replace(' ', '-'));
        assertThat(tag.path("description").asString()).isEqualTo("Models and their rules.");
        assertThat(tag.path("articleCount").asInt()).isZero();
        assertThat(tag.path("version").asLong()).isZero();
        assertThat(tag.path("createdAt").asString()).endsWith("Z");

        var fetched = get("/api/v1/tags/" + id, editor).expectStatus().isOk();
        fetched.expectHeader().valueEquals("ETag", result.getResponseHeaders().getETag());
        assertThat(body(fetched)).isEqualTo(tag);
    }

    @Test
    void namesAreUniqueIgnoringCaseAndSlugsDoNotClash() {
        String editor = signedIn("EDITOR");
        String name = unique("Unique Name");
        JsonNode first = tag(editor, name);

        var sameName =
                send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \" " + name.toUpperCase(Locale.ROOT) + "\"}");
        sameName.expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(sameName);
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("detail").asString()).contains(name);
        assertThat(fields(problem)).containsExactly("name");

        var slugTaken = send(HttpMethod.POST, "/api/v1/tags", editor, """
                {"name": "%s", "slug": "%s"}""".formatted(
                        unique("Other"), first.path("slug").asString()));
        slugTaken.expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(body(slugTaken))).containsExactly("slug");

        // Another name that derives the same slug gets a suffix instead of a conflict.
        JsonNode sameSlug = tag(editor, name.replace(' ', '-'));
        assertThat(sameSlug.path("slug").asString())
                .isEqualTo(first.path("slug").asString() + "-2");

        JsonNode explicit = createTag(editor, """
                {"name": "%s", "slug": "%s"}""".formatted(unique("Explicit"), unique("chosen-slug")));
        assertThat(explicit.path("slug").asString()).startsWith("chosen-slug-");
    }

    @Test
    void requestsIntroducingTheSameNewTagAtOnceAllSucceedWithOneTag() throws Exception {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String name = unique("Racing");
        List<String> spellings = List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
        int requests = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String spelling = spellings.get(i % spellings.size());
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(HttpMethod.POST, "/api/v1/articles", author, """
                            {"title": "%s", "tags": ["%s"]}""".formatted(unique("Race"), spelling))
                            .returnResult(String.class)
                            .getStatus()
                            .value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201);
        } finally {
            pool.shutdownNow();
        }
        JsonNode all = body(
                get("/api/v1/tags?size=100&sort=name", editor).expectStatus().isOk());
        List<String> ids = new ArrayList<>();
        all.path("content").forEach(t -> {
            if (t.path("name").asString().equalsIgnoreCase(name)) {
                ids.add(t.path("id").asString());
            }
        });
        assertThat(ids).hasSize(1);
        JsonNode mine =
                body(get("/api/v1/articles?size=100", author).expectStatus().isOk());
        List<String> tagged = new ArrayList<>();
        mine.path("content").forEach(a -> a.path("tags").forEach(t -> {
            if (t.path("name").asString().equalsIgnoreCase(name)) {
                tagged.add(t.path("id").asString());
            }
        }));
        assertThat(tagged).hasSize(requests).containsOnly(ids.get(0));
    }

    @Test
    void rejectsInvalidInputNamingTheFields() {
        String editor = signedIn("EDITOR");
        var invalid = send(HttpMethod.POST, "/api/v1/tags", editor, """
                {"name": " ", "slug": "Not A Slug", "description": "%s"}""".formatted("d".repeat(501)));
        invalid.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(invalid);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/tags");
        assertThat(fields(problem)).contains("name", "slug", "description");

        send(HttpMethod.POST, "/api/v1/tags", editor, "{}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"" + "n".repeat(61) + "\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        JsonNode longest = tag(editor, unique("n").concat("n".repeat(60)).substring(0, 60));
        assertThat(longest.path("name").asString()).hasSize(60);
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"x\", \"slug\": \"double--hyphen\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("slug");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"x\", \"slug\": \"" + "s".repeat(121) + "\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("slug");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"" + unique("x") + "\", \"id\": \"abc\"}")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("id");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"" + unique("x") + "\", \"articleCount\": 7}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("articleCount");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": [\"x\"]}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": ")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.post()
                .uri("/api/v1/tags")
                .header("Authorization", "Bearer " + editor)
                .contentType(MediaType.TEXT_PLAIN)
                .body("name")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void foldsCaseWithoutOutgrowingTheNameLimit() {
        String editor = signedIn("EDITOR");
        // "İ" lower-cases to two characters in String.toLowerCase; a valid name must still fit.
        String dotted = "\u0130".repeat(45) + unique("x");
        assertThat(dotted.length()).isLessThanOrEqualTo(60);
        JsonNode tag = tag(editor, dotted);
        assertThat(tag.path("name").asString()).isEqualTo(dotted);
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"" + dotted + "\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        String viaArticle = "\u0130".repeat(45) + unique("y");
        JsonNode article = body(send(
                        HttpMethod.POST,
                        "/api/v1/articles",
                        signedIn("AUTHOR"),
                        "{\"title\": \"Dotted\", \"tags\": [\"" + viaArticle + "\"]}")
                .expectStatus()
                .isCreated());
        assertThat(article.path("tags").findValuesAsString("name")).containsExactly(viaArticle);

        // A final sigma is the same letter as any other sigma, ignoring case.
        String suffix = unique("s");
        tag(editor, "ΟΔΟΣ " + suffix);
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"οδος " + suffix + "\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
    }

    @Test
    void refusesNulCharactersWith400OnEveryDatabase() {
        String editor = signedIn("EDITOR");
        send(HttpMethod.POST, "/api/v1/tags", editor, "{\"name\": \"" + unique("a") + "\\u0000b\"}")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        send(HttpMethod.POST, "/api/v1/tags", editor, """
                {"name": "%s", "description": "a\\u0000b"}""".formatted(unique("Nul")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("description");
        String id = tag(editor, unique("Clean")).path("id").asString();
        send(HttpMethod.PATCH, "/api/v1/tags/" + id, editor, "{\"description\": \"\\u0000\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("description");
        send(HttpMethod.POST, "/api/v1/articles", signedIn("AUTHOR"), """
                {"title": "x", "tags": ["ok", "a\\u0000"]}""")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tags[1]");
    }

    @Test
    void hidesTagsWithoutPublishedArticlesFromThePublic() {
        String editor = signedIn("EDITOR");
        String name = unique("Alicetag");
        String draft = article(editor, name);
        JsonNode tag =
                body(get("/api/v1/articles/" + draft, editor)).path("tags").get(0);
        String id = tag.path("id").asString();
        String slug = tag.path("slug").asString();
        String scheduled = article(editor, name);
        send(HttpMethod.POST, "/api/v1/articles/" + scheduled + "/publish", editor, """
                {"publishAt": "%s"}""".formatted(
                                java.time.Instant.now().plus(java.time.Duration.ofDays(30))))
                .expectStatus()
                .isOk();

        // A draft and a scheduled article: the tag does not exist for the public, exactly like an unknown one.
        assertHiddenFromThePublic(id, slug);
        JsonNode forEditors =
                body(get("/api/v1/tags/slug/" + slug, editor).expectStatus().isOk());
        assertThat(forEditors.path("articleCount").asInt()).isZero();
        assertThat(allTags("name", editor))
                .extracting(t -> t.path("id").asString())
                .contains(id);

        publish(editor, draft);
        assertThat(body(get("/api/v1/tags/slug/" + slug, null).expectStatus().isOk())
                        .path("articleCount")
                        .asInt())
                .isEqualTo(1);
        get("/api/v1/tags/" + id, null).expectStatus().isOk();
        get("/tags/" + slug + "/feed.xml", null).expectStatus().isOk();
        assertThat(allTags("name", null))
                .extracting(t -> t.path("id").asString())
                .contains(id);

        send(HttpMethod.POST, "/api/v1/articles/" + draft + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        assertHiddenFromThePublic(id, slug);
    }

    private void assertHiddenFromThePublic(String id, String slug) {
        String unknownProblem = body(get("/api/v1/tags/slug/" + unique("no-such-tag"), null)
                        .expectStatus()
                        .isNotFound())
                .path("title")
                .asString();
        for (String path : List.of("/api/v1/tags/" + id, "/api/v1/tags/slug/" + slug, "/tags/" + slug + "/feed.xml")) {
            var response = get(path, null);
            response.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(body(response).path("title").asString()).isEqualTo(unknownProblem);
        }
        assertThat(allTags("name", null))
                .extracting(t -> t.path("id").asString())
                .doesNotContain(id);
    }

    @Test
    void readsByIdAndSlugAnd404sOtherwise() {
        String editor = signedIn("EDITOR");
        JsonNode tag = tag(editor, unique("Readable"));
        String id = tag.path("id").asString();
        String slug = tag.path("slug").asString();
        publish(editor, article(editor, tag.path("name").asString()));

        get("/api/v1/tags/" + id, null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Cache-Control", "public, max-age=\\d+")
                .expectBody()
                .jsonPath("$.slug")
                .isEqualTo(slug);
        get("/api/v1/tags/slug/" + slug, null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("ETag")
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id);
        get("/api/v1/tags/" + id, editor)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "private, no-cache");

        var unknown = get("/api/v1/tags/" + java.util.UUID.randomUUID(), null);
        unknown.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(unknown).path("status").asInt()).isEqualTo(404);
        get("/api/v1/tags/slug/" + unique("no-such-tag"), null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/v1/tags/not-a-uuid", null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsSortByNameAndArticleCount() {
        String editor = signedIn("EDITOR");
        String author = signedIn("AUTHOR");
        String prefix = unique("Sorted");
        JsonNode b = tag(editor, prefix + " b");
        JsonNode a = tag(editor, prefix + " A");
        JsonNode c = tag(editor, prefix + " c");
        publish(editor, article(author, prefix + " a", prefix + " b"));
        publish(editor, article(author, prefix + " a"));
        article(author, prefix + " c", prefix + " b");
        List<String> ours = List.of(
                a.path("id").asString(), b.path("id").asString(), c.path("id").asString());

        var first =
                get("/api/v1/tags?sort=name,asc&size=2", null).expectStatus().isOk();
        first.expectHeader()
                .exists("ETag")
                .expectHeader()
                .valueMatches("Link", ".*rel=\"next\".*")
                .expectHeader()
                .valueMatches("Link", ".*rel=\"last\".*");
        JsonNode firstPage = body(first);
        assertThat(firstPage.path("content")).hasSize(2);
        assertThat(firstPage.path("page").path("size").asInt()).isEqualTo(2);
        assertThat(firstPage.path("page").path("number").asInt()).isZero();
        assertThat(firstPage.path("page").path("totalElements").asInt()).isGreaterThanOrEqualTo(3);

        List<JsonNode> byName = allTags("name,asc");
        assertThat(byName.stream()
                        .map(t -> t.path("id").asString())
                        .filter(ours::contains)
                        .toList())
                .containsExactlyElementsOf(ours);
        List<JsonNode> byNameDesc = allTags("name,desc");
        assertThat(byNameDesc.stream()
                        .map(t -> t.path("id").asString())
                        .filter(ours::contains)
                        .toList())
                .containsExactly(ours.get(2), ours.get(1), ours.get(0));

        List<JsonNode> byCount = allTags("articleCount,desc");
        assertThat(byCount.stream().map(t -> t.path("articleCount").asInt()).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<JsonNode> oursByCount = byCount.stream()
                .filter(t -> ours.contains(t.path("id").asString()))
                .toList();
        assertThat(oursByCount)
                .extracting(t -> t.path("name").asString())
                .containsExactly(prefix + " A", prefix + " b", prefix + " c");
        assertThat(oursByCount).extracting(t -> t.path("articleCount").asInt()).containsExactly(2, 1, 0);
        List<JsonNode> byCountAsc = allTags("articleCount,asc");
        assertThat(byCountAsc.stream().map(t -> t.path("articleCount").asInt()).toList())
                .isSorted();
    }

    @Test
    void rejectsBadPagingAndSorting() {
        for (String query :
                List.of("sort=description,asc", "sort=nameKey,asc", "sort=name,sideways", "sort=name,asc,desc")) {
            var response = get("/api/v1/tags?" + query, null);
            response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(fields(body(response))).as(query).containsExactly("sort");
        }
        get("/api/v1/tags?size=101", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        get("/api/v1/tags?size=0", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        get("/api/v1/tags?page=-1", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("page");
        get("/api/v1/tags?size=ten", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        get("/api/v1/tags?size=100&sort=name,DESC&sort=articleCount", null)
                .expectStatus()
                .isOk();
    }

    @Test
    void replacesWithPut() {
        String editor = signedIn("EDITOR");
        JsonNode tag = createTag(editor, "{\"name\": \"" + unique("Before") + "\", \"description\": \"Old.\"}");
        String id = tag.path("id").asString();
        String slug = tag.path("slug").asString();
        JsonNode other = tag(editor, unique("Taken"));

        String renamed = unique("After");
        JsonNode replaced = body(send(HttpMethod.PUT, "/api/v1/tags/" + id, editor, "{\"name\": \"" + renamed + "\"}")
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("ETag"));
        assertThat(replaced.path("name").asString()).isEqualTo(renamed);
        assertThat(replaced.path("slug").asString()).isEqualTo(slug);
        assertThat(replaced.path("description").isNull()).isTrue();
        assertThat(replaced.path("version").asLong())
                .isEqualTo(tag.path("version").asLong() + 1);
        assertThat(replaced.path("createdAt").asString())
                .isEqualTo(tag.path("createdAt").asString());

        String newSlug = unique("new-slug");
        send(HttpMethod.PUT, "/api/v1/tags/" + id, editor, """
                {"name": "%s", "slug": "%s", "description": "New."}""".formatted(renamed.toUpperCase(Locale.ROOT), newSlug))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.slug")
                .isEqualTo(newSlug)
                .jsonPath("$.name")
                .isEqualTo(renamed.toUpperCase(Locale.ROOT))
                .jsonPath("$.description")
                .isEqualTo("New.");
        get("/api/v1/tags/slug/" + newSlug, editor).expectStatus().isOk();

        send(
                        HttpMethod.PUT,
                        "/api/v1/tags/" + id,
                        editor,
                        "{\"name\": \"" + other.path("name").asString().toLowerCase(Locale.ROOT) + "\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        send(HttpMethod.PUT, "/api/v1/tags/" + id, editor, """
                {"name": "%s", "slug": "%s"}""".formatted(
                                renamed, other.path("slug").asString()))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("slug");
        send(HttpMethod.PUT, "/api/v1/tags/" + id, editor, "{\"slug\": \"only-a-slug\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        send(HttpMethod.PUT, "/api/v1/tags/" + id, editor, "{\"name\": \"x\", \"articleCount\": 3}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("articleCount");
        send(HttpMethod.PUT, "/api/v1/tags/" + java.util.UUID.randomUUID(), editor, "{\"name\": \"x\"}")
                .expectStatus()
                .isNotFound();
        get("/api/v1/tags/" + id, editor)
                .expectBody()
                .jsonPath("$.slug")
                .isEqualTo(newSlug)
                .jsonPath("$.description")
                .isEqualTo("New.");
    }

    @Test
    void mergesWithPatch() {
        String editor = signedIn("EDITOR");
        String name = unique("Patched");
        JsonNode tag = createTag(editor, "{\"name\": \"" + name + "\", \"description\": \"To be cleared.\"}");
        String id = tag.path("id").asString();

        JsonNode cleared = body(http.patch()
                .uri("/api/v1/tags/" + id)
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("{\"description\": null}")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(cleared.path("description").isNull()).isTrue();
        assertThat(cleared.path("name").asString()).isEqualTo(name);
        assertThat(cleared.path("slug").asString()).isEqualTo(tag.path("slug").asString());
        assertThat(cleared.path("version").asLong())
                .isEqualTo(tag.path("version").asLong() + 1);

        String renamed = unique("Renamed");
        JsonNode patched = body(http.patch()
                .uri("/api/v1/tags/" + id)
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("{\"name\": \"" + renamed + "\", \"description\": \"Back.\"}")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(patched.path("name").asString()).isEqualTo(renamed);
        assertThat(patched.path("description").asString()).isEqualTo("Back.");
        assertThat(patched.path("slug").asString()).isEqualTo(tag.path("slug").asString());
        send(HttpMethod.PATCH, "/api/v1/tags/" + id, editor, "{\"description\": \"Plain JSON works too.\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.description")
                .isEqualTo("Plain JSON works too.");

        http.patch()
                .uri("/api/v1/tags/" + id)
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("{\"name\": null}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
        http.patch()
                .uri("/api/v1/tags/" + id)
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("{\"articleCount\": 99}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("articleCount");
        http.patch()
                .uri("/api/v1/tags/" + id)
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("{\"slug\": \"Bad Slug\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("slug");
        http.patch()
                .uri("/api/v1/tags/" + id)
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("[1, 2]")
                .exchange()
                .expectStatus()
                .isBadRequest();
        http.patch()
                .uri("/api/v1/tags/" + java.util.UUID.randomUUID())
                .header("Authorization", "Bearer " + editor)
                .contentType(MERGE_PATCH)
                .body("{\"description\": \"x\"}")
                .exchange()
                .expectStatus()
                .isNotFound();
        get("/api/v1/tags/" + id, editor)
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo(renamed)
                .jsonPath("$.articleCount")
                .isEqualTo(0);
    }

    @Test
    void conditionalRequestsAnswer304And412() {
        String editor = signedIn("EDITOR");
        JsonNode tag = tag(editor, unique("Conditional"));
        publish(editor, article(editor, tag.path("name").asString()));
        String id = tag.path("id").asString();
        String path = "/api/v1/tags/" + id;
        String etag = etagOf(path, null);
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        http.get()
                .uri(path)
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();
        http.get()
                .uri("/api/v1/tags/slug/" + tag.path("slug").asString())
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();
        http.get()
                .uri(path)
                .header("If-None-Match", "\"0000\"")
                .exchange()
                .expectStatus()
                .isOk();

        http.patch()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"description\": \"First\"}")
                .exchange()
                .expectStatus()
                .isOk();
        String fresh = etagOf(path, null);
        assertThat(fresh).isNotEqualTo(etag);
        http.patch()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"description\": \"Second\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(412);
        http.put()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"" + unique("Third") + "\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        send(HttpMethod.PUT, path, editor, "{\"name\": \"" + unique("Fourth") + "\", \"version\": 0}")
                .expectStatus()
                .isEqualTo(412);
        send(HttpMethod.PATCH, path, editor, "{\"description\": \"Fifth\", \"version\": 0}")
                .expectStatus()
                .isEqualTo(412);
        http.delete()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        get(path, null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.description")
                .isEqualTo("First")
                .jsonPath("$.name")
                .isEqualTo(tag.path("name").asString())
                .jsonPath("$.version")
                .isEqualTo(1);

        http.put()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", fresh)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"" + tag.path("name").asString() + "\", \"version\": 1}")
                .exchange()
                .expectStatus()
                .isOk();
        http.delete()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etagOf(path, null))
                .exchange()
                .expectStatus()
                .isNoContent();
    }

    @Test
    void deletingATagDetachesItFromArticles() {
        String editor = signedIn("EDITOR");
        String author = signedIn("AUTHOR");
        String doomedName = unique("Doomed");
        String keptName = unique("Kept");
        String articleId = article(author, doomedName, keptName);
        publish(editor, articleId);
        JsonNode article =
                body(get("/api/v1/articles/" + articleId, null).expectStatus().isOk());
        assertThat(article.path("tags").findValuesAsString("name")).containsExactlyInAnyOrder(doomedName, keptName);
        JsonNode doomed = body(get("/api/v1/tags/slug/" + doomedName.toLowerCase(Locale.ROOT), null)
                .expectStatus()
                .isOk());
        assertThat(doomed.path("articleCount").asInt()).isEqualTo(1);
        String doomedId = doomed.path("id").asString();

        send(HttpMethod.DELETE, "/api/v1/tags/" + doomedId, editor, null)
                .expectStatus()
                .isNoContent();
        get("/api/v1/tags/" + doomedId, null).expectStatus().isNotFound();
        get("/api/v1/tags/slug/" + doomed.path("slug").asString(), null)
                .expectStatus()
                .isNotFound();
        send(HttpMethod.DELETE, "/api/v1/tags/" + doomedId, editor, null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        JsonNode after =
                body(get("/api/v1/articles/" + articleId, null).expectStatus().isOk());
        assertThat(after.path("tags").findValuesAsString("name")).containsExactly(keptName);
        JsonNode ownView =
                body(get("/api/v1/articles/" + articleId, author).expectStatus().isOk());
        assertThat(ownView.path("tags").findValuesAsString("id")).doesNotContain(doomedId);
        JsonNode filtered =
                body(get("/api/v1/articles?tag=" + doomed.path("slug").asString(), null)
                        .expectStatus()
                        .isOk());
        assertThat(filtered.path("content")).isEmpty();
        get("/api/v1/tags/slug/" + keptName.toLowerCase(Locale.ROOT), null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.articleCount")
                .isEqualTo(1);

        // The article can still be edited, and the name can be used again.
        send(HttpMethod.PATCH, "/api/v1/articles/" + articleId, author, "{\"summary\": \"Still editable\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.tags.length()")
                .isEqualTo(1);
        JsonNode reborn = tag(editor, doomedName);
        assertThat(reborn.path("id").asString()).isNotEqualTo(doomedId);
        assertThat(reborn.path("articleCount").asInt()).isZero();
    }

    @Test
    void onlyEditorsWrite() {
        String editor = signedIn("EDITOR");
        String author = signedIn("AUTHOR");
        JsonNode tag = tag(editor, unique("Guarded"));
        publish(editor, article(editor, tag.path("name").asString()));
        String path = "/api/v1/tags/" + tag.path("id").asString();

        var anonymous = send(HttpMethod.POST, "/api/v1/tags", null, "{\"name\": \"" + unique("Anon") + "\"}");
        anonymous
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(anonymous).path("status").asInt()).isEqualTo(401);
        send(HttpMethod.PUT, path, null, "{\"name\": \"x\"}")
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate");
        send(HttpMethod.PATCH, path, null, "{\"name\": \"x\"}")
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate");
        send(HttpMethod.DELETE, path, null, null)
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate");
        send(HttpMethod.POST, "/api/v1/tags", "not-a-token", "{\"name\": \"x\"}")
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate");

        var forbidden = send(HttpMethod.POST, "/api/v1/tags", author, "{\"name\": \"" + unique("Author") + "\"}");
        forbidden.expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(forbidden).path("status").asInt()).isEqualTo(403);
        send(HttpMethod.PUT, path, author, "{\"name\": \"x\"}").expectStatus().isForbidden();
        send(HttpMethod.PATCH, path, author, "{\"name\": \"x\"}").expectStatus().isForbidden();
        send(HttpMethod.DELETE, path, author, null).expectStatus().isForbidden();
        get(path, null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo(tag.path("name").asString());

        send(HttpMethod.PATCH, path, adminToken(), "{\"description\": \"By the admin\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.PATCH, path, editor, "{\"description\": \"By an editor\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.DELETE, path, editor, null).expectStatus().isNoContent();
    }

    @Test
    void articleCountCountsOnlyPublishedArticles() {
        String editor = signedIn("EDITOR");
        String author = signedIn("AUTHOR");
        String name = unique("Counting");
        String tagId = tag(editor, name).path("id").asString();
        String first = article(author, name);
        String second = article(author, name.toUpperCase(Locale.ROOT));
        String third = article(author, name);
        assertThat(articleCount(tagId)).isZero();

        send(HttpMethod.POST, "/api/v1/articles/" + first + "/submit", author, null)
                .expectStatus()
                .isOk();
        assertThat(articleCount(tagId)).isZero();
        publish(editor, first);
        assertThat(articleCount(tagId)).isEqualTo(1);
        publish(editor, second);
        assertThat(articleCount(tagId)).isEqualTo(2);
        send(
                        HttpMethod.POST,
                        "/api/v1/articles/" + third + "/publish",
                        editor,
                        "{\"publishAt\": \"" + java.time.Instant.now().plusSeconds(3600) + "\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SCHEDULED");
        assertThat(articleCount(tagId)).isEqualTo(2);

        send(HttpMethod.POST, "/api/v1/articles/" + second + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        assertThat(articleCount(tagId)).isEqualTo(1);
        send(HttpMethod.PUT, "/api/v1/articles/" + first, editor, "{\"title\": \"No tags any more\"}")
                .expectStatus()
                .isOk();
        assertThat(articleCount(tagId)).isZero();
        send(HttpMethod.PATCH, "/api/v1/articles/" + first, editor, "{\"tags\": [\"" + name + "\"]}")
                .expectStatus()
                .isOk();
        assertThat(articleCount(tagId)).isEqualTo(1);
        send(HttpMethod.DELETE, "/api/v1/articles/" + first, editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(articleCount(tagId)).isZero();

        JsonNode listed = allTags("name,asc").stream()
                .filter(t -> t.path("id").asString().equals(tagId))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("articleCount").asInt()).isZero();
    }
}
