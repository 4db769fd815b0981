package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The article endpoints over HTTP, run on H2 and on PostgreSQL by the subclasses. */
abstract class ArticleApiTests extends ApiTest {

    private JsonNode create(String token, String json) {
        return body(send(HttpMethod.POST, "/api/v1/articles", token, json)
                .expectStatus()
                .isCreated());
    }

    private JsonNode draft(String token, String title, String... tags) {
        String tagList = tags.length == 0 ? "[]" : "[\"" + String.join("\", \"", tags) + "\"]";
        return create(token, """
                {"title": "%s", "summary": "A summary", "body": "Some *body* text.", "tags": %s}""".formatted(title, tagList));
    }

    private JsonNode publish(String editorToken, String id) {
        return given.publish(editorToken, id);
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.path("content").forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    @Test
    void createsADraftWithDerivedSlugRenderedBodyAndLocation() {
        String author = signedIn("AUTHOR");
        String title = "Café Müller " + unique("x");
        var response = send(HttpMethod.POST, "/api/v1/articles", author, """
                {"title": "%s", "body": "Hello **world**, a word or two.", "tags": ["%s"]}""".formatted(title, unique("Tag")));
        response.expectStatus()
                .isCreated()
                .expectHeader()
                .exists("Location")
                .expectHeader()
                .exists("ETag");
        JsonNode article = body(response);
        assertThat(article.path("status").asString()).isEqualTo("DRAFT");
        assertThat(article.path("slug").asString()).startsWith("cafe-muller-x-");
        assertThat(article.path("bodyHtml").asString())
                .isEqualTo("<p>Hello <strong>world</strong>, a word or two.</p>");
        assertThat(article.path("readingTimeMinutes").asInt()).isEqualTo(1);
        assertThat(article.path("commentCount").asInt()).isZero();
        assertThat(article.path("author").path("username").asString()).startsWith("author-");
        assertThat(article.path("tags")).hasSize(1);
        assertThat(article.path("publishedAt").isNull()).isTrue();
        assertThat(article.path("version").asLong()).isZero();
    }

    @Test
    void derivesSuffixedSlugOnClashAndRefusesATakenExplicitSlug() {
        String author = signedIn("AUTHOR");
        String title = unique("Same title");
        JsonNode first = draft(author, title);
        JsonNode second = draft(author, title);
        assertThat(second.path("slug").asString()).isEqualTo(first.path("slug").asString() + "-2");

        var clash = send(HttpMethod.POST, "/api/v1/articles", author, """
                {"title": "Other", "slug": "%s"}""".formatted(
                        first.path("slug").asString()));
        clash.expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(clash).path("errors").get(0).path("field").asString()).isEqualTo("slug");
    }

    @Test
    void sanitizesRawHtmlInMarkdown() {
        String author = signedIn("AUTHOR");
        JsonNode article = create(author, """
                {"title": "%s", "body": "<script>alert(1)</script><img src=x onerror=alert(2)> <a href=\\"https://example.org\\" onclick=\\"evil()\\">ok</a>\\n\\n[click](javascript:alert(3)) <a href=\\"javascript:alert(4)\\">no</a>"}""".formatted(unique("Hostile")));
        String html = article.path("bodyHtml").asString();
        assertThat(html).doesNotContain("<script", "onerror", "javascript", "onclick", "alert(1)");
        assertThat(html).contains("href=\"https://example.org\"");
    }

    @Test
    void hidesDraftsFromThePublicAndOtherAuthors() {
        String author = signedIn("AUTHOR");
        JsonNode article = draft(author, unique("Secret draft"));
        String id = article.path("id").asString();
        String slug = article.path("slug").asString();

        get("/api/v1/articles/" + id, null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/v1/articles/slug/" + slug, null).expectStatus().isNotFound();
        get("/api/v1/articles/" + id, signedIn("AUTHOR")).expectStatus().isNotFound();
        get("/api/v1/articles/" + id, author).expectStatus().isOk();
        get("/api/v1/articles/" + id, signedIn("EDITOR")).expectStatus().isOk();
    }

    @Test
    void editorPublishesAndThePublicReadsByIdAndSlug() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        JsonNode article = draft(author, unique("Going live"));
        String id = article.path("id").asString();

        send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", author, null)
                .expectStatus()
                .isForbidden();
        JsonNode published = publish(editor, id);
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("publishedAt").isNull()).isFalse();

        get("/api/v1/articles/" + id, null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Cache-Control", "public, max-age=\\d+");
        get("/api/v1/articles/slug/" + article.path("slug").asString(), null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id);
        get("/api/v1/articles/" + id, editor)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "private, no-cache");

        send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, null)
                .expectStatus()
                .isEqualTo(409);
        JsonNode again = body(send(HttpMethod.POST, "/api/v1/articles/" + id + "/unpublish", editor, null)
                .expectStatus()
                .isOk());
        assertThat(again.path("status").asString()).isEqualTo("DRAFT");
        get("/api/v1/articles/" + id, null).expectStatus().isNotFound();
        JsonNode republished = publish(editor, id);
        assertThat(republished.path("publishedAt").asString())
                .isEqualTo(published.path("publishedAt").asString());
    }

    @Test
    void authorsChangeOnlyTheirOwnArticles() {
        String owner = signedIn("AUTHOR");
        String other = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String id = draft(owner, unique("Mine")).path("id").asString();
        publish(editor, id);

        send(HttpMethod.PATCH, "/api/v1/articles/" + id, other, "{\"title\": \"Hijacked\"}")
                .expectStatus()
                .isForbidden();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, owner, "{\"title\": \"Mine, edited\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Mine, edited");
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"title\": \"Mine, edited by an editor\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.DELETE, "/api/v1/articles/" + id, owner, null)
                .expectStatus()
                .isForbidden();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, null, "{\"title\": \"Anon\"}")
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void replacesWithPutAndMergesWithPatch() {
        String author = signedIn("AUTHOR");
        JsonNode article = draft(author, unique("Original"), unique("Keep"));
        String id = article.path("id").asString();
        String slug = article.path("slug").asString();

        JsonNode patched = body(http.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + author)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .body("{\"summary\": null, \"body\": \"New **body**\"}")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(patched.path("summary").isNull()).isTrue();
        assertThat(patched.path("title").asString())
                .isEqualTo(article.path("title").asString());
        assertThat(patched.path("bodyHtml").asString()).isEqualTo("<p>New <strong>body</strong></p>");
        assertThat(patched.path("tags")).hasSize(1);
        assertThat(patched.path("slug").asString()).isEqualTo(slug);
        assertThat(patched.path("version").asLong())
                .isEqualTo(article.path("version").asLong() + 1);

        JsonNode replaced =
                body(send(HttpMethod.PUT, "/api/v1/articles/" + id, author, "{\"title\": \"Replaced title\"}")
                        .expectStatus()
                        .isOk());
        assertThat(replaced.path("title").asString()).isEqualTo("Replaced title");
        // Never published, and its slug was derived: the slug follows the new title.
        assertThat(replaced.path("slug").asString()).startsWith("replaced-title");
        assertThat(replaced.path("tags")).isEmpty();
        assertThat(replaced.path("body").asString()).isEmpty();

        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"title\": null}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("title");
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "[1, 2]")
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void conditionalRequestsAnswer304And412() {
        String author = signedIn("AUTHOR");
        String id = draft(author, unique("Conditional")).path("id").asString();
        String etag = get("/api/v1/articles/" + id, author)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        http.get()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + author)
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();

        http.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + author)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": \"First\"}")
                .exchange()
                .expectStatus()
                .isOk();
        http.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + author)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": \"Second\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"title\": \"Third\", \"version\": 0}")
                .expectStatus()
                .isEqualTo(412);
        get("/api/v1/articles/" + id, author).expectBody().jsonPath("$.title").isEqualTo("First");
    }

    @Test
    void rejectsInvalidInputNamingTheFields() {
        String author = signedIn("AUTHOR");
        var invalid = send(HttpMethod.POST, "/api/v1/articles", author, """
                {"title": "", "slug": "Not A Slug", "summary": "%s"}""".formatted("x".repeat(501)));
        invalid.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(invalid);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/articles");
        assertThat(problem.path("errors").findValuesAsString("field")).contains("title", "slug", "summary");

        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"id\": \"abc\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("id");
        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"status\": \"PUBLISHED\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("status");
        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": ")
                .expectStatus()
                .isBadRequest();
        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"tags\": \"notalist\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tags");
        http.post()
                .uri("/api/v1/articles")
                .header("Authorization", "Bearer " + author)
                .contentType(MediaType.TEXT_PLAIN)
                .body("title")
                .exchange()
                .expectStatus()
                .isEqualTo(415);
        String manyTags = "[" + "\"t\",".repeat(20) + "\"t\"]";
        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"tags\": " + manyTags + "}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tags");
        get("/api/v1/articles/not-a-uuid", null).expectStatus().isNotFound();
        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"a\\u0000b\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("title");
        send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"ok\", \"tags\": [\"x\\u0000\"]}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tags[0]");
    }

    @Test
    void refusesLoneSurrogatesNamingTheFieldButKeepsPairs() {
        String author = signedIn("AUTHOR");
        for (String[] bad : new String[][] {
            {"{\"title\": \"sur \\ud800 x\"}", "title"},
            {"{\"title\": \"low \\udc00\"}", "title"},
            {"{\"title\": \"reversed \\ude00\\ud83d\"}", "title"},
            {"{\"title\": \"ok\", \"summary\": \"\\ud800\"}", "summary"},
            {"{\"title\": \"ok\", \"tags\": [\"fine\", \"x\\udbff\"]}", "tags[1]"}
        }) {
            var response = send(HttpMethod.POST, "/api/v1/articles", author, bad[0]);
            response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = body(response);
            assertThat(problem.path("errors")).as(bad[0]).hasSize(1);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(bad[1]);
            assertThat(problem.path("errors").get(0).path("message").asString()).contains("unpaired UTF-16 surrogate");
        }
        // The same half of a pair sent as raw bytes (CESU-8: ED A0 80) is refused too.
        var raw = new java.io.ByteArrayOutputStream();
        raw.writeBytes("{\"title\": \"a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        raw.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        raw.writeBytes("b\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        http.post()
                .uri("/api/v1/articles")
                .header("Authorization", "Bearer " + author)
                .contentType(MediaType.APPLICATION_JSON)
                .body(raw.toByteArray())
                .exchange()
                .expectStatus()
                .isBadRequest();

        JsonNode created = body(send(HttpMethod.POST, "/api/v1/articles", author, """
                {"title": "smile \\ud83d\\ude00 ok"}""")
                .expectStatus()
                .isCreated());
        assertThat(created.path("title").asString()).isEqualTo("smile \ud83d\ude00 ok");
        String id = created.path("id").asString();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"summary\": \"half \\ud83d\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("summary");
    }

    @Test
    void listsFilterSortAndPage() {
        String author = signedInUser("AUTHOR").token();
        String editor = signedIn("EDITOR");
        String tag = unique("Listed");
        for (int i = 0; i < 3; i++) {
            publish(
                    editor,
                    draft(author, unique("Listed article " + i), tag).path("id").asString());
        }
        String draftId = draft(author, unique("Unlisted draft"), tag).path("id").asString();
        String tagSlug = tag.toLowerCase();

        var page = get("/api/v1/articles?tag=" + tagSlug + "&size=2", null)
                .expectStatus()
                .isOk();
        page.expectHeader()
                .valueMatches("Link", ".*rel=\"next\".*")
                .expectHeader()
                .exists("ETag");
        JsonNode first = body(page);
        assertThat(first.path("content")).hasSize(2);
        assertThat(first.path("page").path("totalElements").asInt()).isEqualTo(3);
        assertThat(first.path("page").path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("page").path("size").asInt()).isEqualTo(2);
        assertThat(ids(first)).doesNotContain(draftId);

        JsonNode editorView = body(get("/api/v1/articles?tag=" + tagSlug + "&status=DRAFT", editor)
                .expectStatus()
                .isOk());
        assertThat(ids(editorView)).containsExactly(draftId);
        JsonNode ownView = body(
                get("/api/v1/articles?tag=" + tagSlug, author).expectStatus().isOk());
        assertThat(ownView.path("page").path("totalElements").asInt()).isEqualTo(4);
        JsonNode publicDrafts = body(get("/api/v1/articles?tag=" + tagSlug + "&status=DRAFT", null)
                .expectStatus()
                .isOk());
        assertThat(publicDrafts.path("content")).isEmpty();

        JsonNode byTitle = body(get("/api/v1/articles?tag=" + tagSlug + "&sort=title,asc", null)
                .expectStatus()
                .isOk());
        assertThat(byTitle.path("content").findValuesAsString("title")).isSorted();

        get("/api/v1/articles?size=101", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        get("/api/v1/articles?sort=body,asc", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("sort");
        get("/api/v1/articles?page=-1", null).expectStatus().isBadRequest();
        get("/api/v1/articles?status=NOPE", editor)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("status");
        get("/api/v1/articles?publishedAfter=yesterday", null).expectStatus().isBadRequest();
    }

    @Test
    void filtersByAuthorAndText() {
        var author = signedInUser("AUTHOR");
        String editor = signedIn("EDITOR");
        String word = unique("zebra").replace("-", "");
        publish(editor, create(author.token(), """
                {"title": "About the %s", "body": "text"}""".formatted(word)).path("id").asString());
        publish(
                editor,
                draft(author.token(), unique("Something else")).path("id").asString());

        JsonNode byAuthor = body(get("/api/v1/articles?author=" + author.username(), null)
                .expectStatus()
                .isOk());
        assertThat(byAuthor.path("page").path("totalElements").asInt()).isEqualTo(2);
        JsonNode byText = body(get("/api/v1/articles?q=" + word.toUpperCase(), null)
                .expectStatus()
                .isOk());
        assertThat(byText.path("content")).hasSize(1);
        assertThat(byText.path("content").get(0).path("title").asString()).isEqualTo("About the " + word);
        JsonNode nobody = body(get("/api/v1/articles?author=" + unique("nobody"), null)
                .expectStatus()
                .isOk());
        assertThat(nobody.path("content")).isEmpty();
    }

    @Test
    void deleteRules() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String ownDraft = draft(author, unique("Throwaway")).path("id").asString();
        send(HttpMethod.DELETE, "/api/v1/articles/" + ownDraft, author, null)
                .expectStatus()
                .isNoContent();
        get("/api/v1/articles/" + ownDraft, author).expectStatus().isNotFound();

        String published = draft(author, unique("Kept")).path("id").asString();
        publish(editor, published);
        send(HttpMethod.POST, "/api/v1/articles/" + published + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        send(HttpMethod.DELETE, "/api/v1/articles/" + published, author, null)
                .expectStatus()
                .isForbidden();
        send(HttpMethod.DELETE, "/api/v1/articles/" + published, editor, null)
                .expectStatus()
                .isNoContent();
        send(HttpMethod.DELETE, "/api/v1/articles/" + published, editor, null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void workflowTransitionsAndTagCounts() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String tag = unique("Counted");
        String id = draft(author, unique("Workflow"), tag).path("id").asString();
        String tagPath = "/api/v1/tags/slug/" + tag.toLowerCase();

        get(tagPath, editor)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.articleCount")
                .isEqualTo(0);
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/submit", author, null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("IN_REVIEW");
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/submit", author, null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("DRAFT"));
        publish(editor, id);
        get(tagPath, null).expectBody().jsonPath("$.articleCount").isEqualTo(1);
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/archive", editor, null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ARCHIVED");
        get(tagPath, editor).expectBody().jsonPath("$.articleCount").isEqualTo(0);
        get(tagPath, null).expectStatus().isNotFound(); // no published article: not a public tag
        get("/api/v1/articles/" + id, null).expectStatus().isNotFound();
    }

    @Test
    void schedulesAndPublishesByItself() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String tag = unique("Scheduled").toLowerCase();
        String id = draft(author, unique("Scheduled"), tag).path("id").asString();
        String at = clock.instant().plusSeconds(10).toString();
        JsonNode scheduled = body(
                send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, "{\"publishAt\": \"" + at + "\"}")
                        .expectStatus()
                        .isOk());
        assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
        get("/api/v1/articles/" + id, null).expectStatus().isNotFound();
        clock.advance(java.time.Duration.ofSeconds(11));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .untilAsserted(() -> get("/api/v1/articles/" + id, null)
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.status")
                        .isEqualTo("PUBLISHED"));
        assertThat(ids(body(
                        get("/api/v1/articles?tag=" + tag, null).expectStatus().isOk())))
                .containsExactly(id);
        get("/api/v1/tags/slug/" + tag, null)
                .expectBody()
                .jsonPath("$.articleCount")
                .isEqualTo(1);
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, "{\"publishAt\": \"tomorrow\"}")
                .expectStatus()
                .isBadRequest();

        // A time in the past is a typo, not "now": refused, and nothing is published.
        String late = draft(author, unique("Late")).path("id").asString();
        send(
                        HttpMethod.POST,
                        "/api/v1/articles/" + late + "/publish",
                        editor,
                        "{\"publishAt\": \"2020-01-01T00:00:00Z\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("publishAt");
        get("/api/v1/articles/" + late, null).expectStatus().isNotFound();
    }

    @Test
    void followsNextFromTheFirstPageToTheLastByCursor() {
        String editor = signedIn("EDITOR");
        String tag = unique("Walked");
        java.util.Set<String> created = new java.util.HashSet<>();
        for (int i = 0; i < 7; i++) {
            String id = draft(editor, unique("Walk " + i), tag).path("id").asString();
            publish(editor, id);
            created.add(id);
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String url = "/api/v1/articles?tag=" + tag.toLowerCase() + "&size=3";
        int pages = 0;
        while (url != null && pages++ < 10) {
            var result = get(url, null).expectStatus().isOk().returnResult(String.class);
            JsonNode page = json(result.getResponseBody());
            seen.addAll(ids(page));
            String link = result.getResponseHeaders().getFirst("Link");
            String next = page.path("next").isNull() ? null : page.path("next").asString();
            if (next != null) {
                assertThat(next).contains("after=").doesNotContain("page=");
                assertThat(link).contains("<" + next + ">; rel=\"next\"");
                url = next.substring(next.indexOf("/api/v1/"));
            } else {
                assertThat(link).doesNotContain("rel=\"next\"");
                url = null;
            }
            assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(7);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(created);
        get("/api/v1/articles?after=garbage", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("after");
        get("/api/v1/articles?after=MQ&sort=title,asc&sort=updatedAt,desc", null)
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void refusesCursorsThatWereAlteredOrMadeUpNamingAfter() {
        String editor = signedIn("EDITOR");
        String tag = unique("Signed");
        for (int i = 0; i < 3; i++) {
            publish(editor, draft(editor, unique("Signed " + i), tag).path("id").asString());
        }
        String list = "/api/v1/articles?tag=" + tag.toLowerCase() + "&size=1";
        String next = body(get(list, null).expectStatus().isOk()).path("next").asString();
        String cursor = java.net.URLDecoder.decode(
                next.substring(next.indexOf("after=") + 6).replaceAll("&.*", ""),
                java.nio.charset.StandardCharsets.UTF_8);
        get(list + "&after=" + cursor, null).expectStatus().isOk();

        String[] parts = cursor.split("\\.");
        assertThat(parts).hasSize(2);
        var base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(parts[0]), java.nio.charset.StandardCharsets.UTF_8);
        String deepPage = base64.encodeToString(
                payload.replaceFirst("^\\d+", "2147483647").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        char first = parts[1].charAt(0);
        for (String forged : java.util.List.of(
                deepPage + "." + parts[1], // another page under the old signature
                deepPage, // no signature at all, as cursors used to be
                parts[0] + "." + (first == 'A' ? 'B' : 'A') + parts[1].substring(1), // another signature
                parts[0] + ".",
                parts[0],
                "." + parts[1],
                "not-base64!")) {
            var response = get(list + "&after=" + forged, null);
            response.expectStatus().isBadRequest();
            JsonNode problem = body(response);
            assertThat(problem.path("errors")).as(forged).hasSize(1);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("after");
        }
    }

    @Test
    void anArticleMayBeSluggedLikeTheRoutesBesideIt() {
        String editor = signedIn("EDITOR");
        for (String word : List.of("comments", "revisions", "publish", "slug", "submit")) {
            String slug = word + "-" + unique("r").toLowerCase().replaceAll("[^a-z0-9]", "");
            JsonNode article = given.published(editor, """
                    {"title": "%s", "slug": "%s", "body": "Routes."}""".formatted(word, slug));
            String bare = body(get("/api/v1/articles/slug/" + slug, null)
                            .expectStatus()
                            .isOk())
                    .path("id")
                    .asString();
            assertThat(bare).isEqualTo(article.path("id").asString());
        }
        // The bare words themselves: the first article to take each gets it, and is found by it.
        for (String word : List.of("comments", "revisions")) {
            JsonNode article = given.published(editor, """
                    {"title": "%s", "body": "Routes."}""".formatted(word));
            String slug = article.path("slug").asString();
            assertThat(slug).startsWith(word);
            get("/api/v1/articles/slug/" + slug, null)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.id")
                    .isEqualTo(article.path("id").asString());
        }
        for (String path : List.of(
                "/api/v1/articles/not-a-uuid/comments",
                "/api/v1/articles/slug/revisions/1",
                "/api/v1/comments/not-a-uuid",
                "/api/v1/webhooks/not-a-uuid",
                "/api/v1/users/not-a-uuid")) {
            get(path, adminToken())
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void aPagePastTheEndKeepsTheRealTotals() {
        String editor = signedIn("EDITOR");
        String tag = unique("paging");
        String tagSlug = null;
        for (int i = 0; i < 3; i++) {
            tagSlug = given.published(editor, """
                            {"title": "%s %d", "tags": ["%s"]}""".formatted(tag, i, tag))
                    .path("tags")
                    .get(0)
                    .path("slug")
                    .asString();
        }
        for (String page : List.of("0", "50")) {
            var response = get("/api/v1/articles?tag=" + tagSlug + "&size=5&page=" + page, null);
            JsonNode metadata = body(response.expectStatus().isOk()).path("page");
            assertThat(metadata.path("totalElements").asLong())
                    .as("page " + page)
                    .isEqualTo(3);
            assertThat(metadata.path("totalPages").asLong()).as("page " + page).isEqualTo(1);
            assertThat(response.returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.LINK))
                    .contains("rel=\"last\"")
                    .doesNotContain("page=49")
                    .doesNotContain("rel=\"next\"");
        }
    }
}
