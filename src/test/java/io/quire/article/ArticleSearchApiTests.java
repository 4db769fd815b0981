package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Ranked full-text search, kept in step with every change, on H2 and PostgreSQL. */
abstract class ArticleSearchApiTests extends ApiTest {

    private String editor;

    private String published(String title, String summary, String body, String... tags) {
        editor = editor == null ? signedIn("EDITOR") : editor;
        String tagList = tags.length == 0 ? "[]" : "[\"" + String.join("\", \"", tags) + "\"]";
        return given.published(editor, """
                {"title": "%s", "summary": "%s", "body": "%s", "tags": %s}""".formatted(title, summary, body, tagList))
                .path("id")
                .asString();
    }

    private JsonNode search(String query, String token) {
        return body(get("/api/v1/articles?q=" + query, token).expectStatus().isOk());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    /** A made-up word no other test uses, so results are this test's alone. */
    private static String word() {
        return unique("zq").replace("-", "").toLowerCase();
    }

    @Test
    void findsStemmedWordsRankedByRelevanceWithHighlights() {
        String w = word();
        String inBody = published("Council notes", "Minutes", "The " + w + " was publishing its rules.");
        String inTitle = published("The " + w + " rules explained", "All about it", "Text.");
        JsonNode result = search(w, null);
        assertThat(ids(result)).containsExactly(inTitle, inBody);
        assertThat(ids(search(w + "+published", null))).containsExactly(inBody);
        JsonNode first = result.path("content").get(0);
        assertThat(first.path("highlight").path("title").asString()).contains("<mark>" + w + "</mark>");
        assertThat(body(get("/api/v1/articles?q=" + w + "+published", null))
                        .path("content")
                        .get(0)
                        .path("highlight")
                        .path("body")
                        .asString())
                .contains("<mark>publishing</mark>");
        assertThat(result.path("page").path("totalElements").asInt()).isEqualTo(2);
        // Every word must match.
        assertThat(ids(search(w + "+elephant", null))).isEmpty();
        // A plain list has no highlight.
        assertThat(body(get("/api/v1/articles?size=1", null))
                        .path("content")
                        .get(0)
                        .path("highlight")
                        .isNull())
                .isTrue();
    }

    @Test
    void boundsTheOperatorsOfAQueryAndNeverFails() {
        String w = word();
        String id = published("Export rules for " + w, "Chips", "The " + w + " council publishes export rules.");

        // Within the bounds: prefix, fuzzy and sloppy phrases work, signed in or not.
        for (String token : new String[] {null, editor}) {
            assertThat(ids(searchOf(w.substring(0, 6) + "*", token))).contains(id);
            assertThat(ids(searchOf(w + "~1 expor~1 counc*", token))).contains(id);
            assertThat(ids(searchOf("\"" + w + " publishes rules\"~2", token))).contains(id);
        }
        // The largest query allowed answers, however its words are chosen: 27 words and 3 fuzzy ones.
        StringBuilder largest = new StringBuilder("alpha~2 bravo~2 charlie~2");
        for (int i = 0; i < 27; i++) {
            largest.append(' ').append((char) ('a' + i % 26)).append("xq");
        }
        searchOf(largest.toString(), null);

        StringBuilder fuzzyLetters = new StringBuilder();
        StringBuilder fuzzyWords = new StringBuilder();
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            fuzzyLetters.append((char) ('a' + i)).append("~2 ");
            fuzzyWords.append("word").append((char) ('a' + i)).append("~2 ");
            manyWords.append("w").append(i).append(' ');
        }
        manyWords.append("w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30");
        for (String[] refused : new String[][] {
            {fuzzyLetters.toString(), "fuzzy"},
            {fuzzyWords.toString(), "more than 3 fuzzy (word~) or prefix (word*) words"},
            {"alpha* bravo* charlie* delta*", "more than 3 fuzzy (word~) or prefix (word*) words"},
            {"a*", "at least 3 letters or digits in a prefix (word*)"},
            {"ab~1", "at least 3 letters or digits in a fuzzy word (word~)"},
            {"export~3", "at most 2 edits"},
            {"export~99999999999", "at most 2 edits"},
            {"\"export rules\"~6", "at most 5 words between"},
            {"\"export rules\"~2147483648", "at most 5 words between"},
            {manyWords.toString(), "more than 30 words"},
            {"(".repeat(11) + "export" + ")".repeat(11), "nests parentheses"}
        }) {
            for (String token : new String[] {null, editor}) {
                var response = query(refused[0], token);
                response.expectStatus().isBadRequest();
                JsonNode problem = body(response);
                assertThat(problem.path("errors")).as(refused[0]).hasSize(1);
                assertThat(problem.path("errors").get(0).path("field").asString())
                        .isEqualTo("q");
                assertThat(problem.path("errors").get(0).path("message").asString())
                        .as(refused[0])
                        .contains(refused[1]);
            }
        }
    }

    private JsonNode searchOf(String q, String token) {
        return body(query(q, token).expectStatus().isOk());
    }

    /** The list searched for {@code q}, sent encoded exactly once. */
    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec query(String q, String token) {
        var request = http.get()
                .uri(java.net.URI.create("http://localhost:" + port + "/api/v1/articles?q="
                        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.exchange();
    }

    @Test
    void searchesTagNamesAndFiltersLikeAnyList() {
        String w = word();
        String tag = "Tag" + w;
        String tagged = published("Something", "", "Nothing here.", tag);
        String other = published("Other " + w, "", "Body.", "Unrelated" + w);
        assertThat(ids(search(tag.toLowerCase(), null))).containsExactly(tagged);
        assertThat(ids(body(get("/api/v1/articles?q=" + w + "&tag=unrelated" + w, null)
                        .expectStatus()
                        .isOk())))
                .containsExactly(other);
    }

    @Test
    void staysInStepWithEditsUnpublishingTagRenamesAndDeletes() {
        String w = word();
        String renamed = word();
        String id = published("Old " + w, "", "Body.", "Label" + w);
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"title\": \"New " + renamed + "\"}")
                .expectStatus()
                .isOk();
        assertThat(ids(search(w, null))).isEmpty();
        assertThat(ids(search(renamed, null))).containsExactly(id);

        String tagId = body(get("/api/v1/tags/slug/label" + w, null)
                        .expectStatus()
                        .isOk())
                .path("id")
                .asString();
        String newTag = word();
        send(HttpMethod.PATCH, "/api/v1/tags/" + tagId, editor, "{\"name\": \"Renamed" + newTag + "\"}")
                .expectStatus()
                .isOk();
        assertThat(ids(search("renamed" + newTag, null))).containsExactly(id);

        send(HttpMethod.POST, "/api/v1/articles/" + id + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        assertThat(ids(search(renamed, null))).isEmpty();
        assertThat(ids(search(renamed, editor))).containsExactly(id);
        send(HttpMethod.DELETE, "/api/v1/articles/" + id, editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(ids(search(renamed, editor))).isEmpty();
    }

    @Test
    void forgetsTheNameOfADeletedTag() {
        String w = word();
        String id = published("Filed " + w, "", "Body.", "Gone" + w);
        assertThat(ids(search("gone" + w, null))).containsExactly(id);
        String tagId = body(get("/api/v1/tags/slug/gone" + w, null)
                        .expectStatus()
                        .isOk())
                .path("id")
                .asString();

        send(HttpMethod.DELETE, "/api/v1/tags/" + tagId, editor, null)
                .expectStatus()
                .isNoContent();

        assertThat(ids(search("gone" + w, null))).isEmpty();
        assertThat(ids(search(w, null))).containsExactly(id);
    }

    @Test
    void keepsDraftsOutOfPublicResultsAndEscapesHighlights() {
        String w = word();
        String author = signedIn("AUTHOR");
        String draft = body(send(HttpMethod.POST, "/api/v1/articles", author, """
                {"title": "Draft %s", "body": "<b>%s</b> & more"}""".formatted(w, w))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        assertThat(ids(search(w, null))).isEmpty();
        assertThat(ids(search(w, signedIn("AUTHOR")))).isEmpty();
        JsonNode own = search(w, author);
        assertThat(ids(own)).containsExactly(draft);
        assertThat(own.path("content").get(0).path("highlight").path("body").asString())
                .doesNotContain("<b>")
                .contains("&lt;b&gt;<mark>" + w + "</mark>");
        get("/api/v1/articles?sort=relevance", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("sort");
        get("/api/v1/articles?q=" + "x".repeat(201), null).expectStatus().isBadRequest();
        get("/api/v1/articles?q=%22unbalanced%20(", null).expectStatus().isOk();
    }
}
