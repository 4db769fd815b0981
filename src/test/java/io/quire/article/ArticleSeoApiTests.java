package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** What search engines and link previews read: `seo`, `shareImage`, and `noindex` in the sitemap and feeds. */
abstract class ArticleSeoApiTests extends ApiTest {

    private String text(String path) {
        return get(path, null).expectStatus().isOk().returnResult(String.class).getResponseBody();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void seoFallsBackToTheArticlesOwnTitleAndExcerpt() {
        JsonNode article = given.published(given.editor(), """
                {"title": "%s", "summary": "The short of it.", "body": "Text."}""".formatted(unique("Plain")));
        JsonNode seo = article.path("seo");
        assertThat(seo.path("title").asString()).isEqualTo(article.path("title").asString());
        assertThat(seo.path("description").asString()).isEqualTo("The short of it.");
        assertThat(seo.path("canonicalUrl").isNull()).isTrue();
        assertThat(seo.path("noindex").asBoolean()).isFalse();
        assertThat(article.has("shareImage")).isTrue();
        assertThat(article.path("shareImage").isNull()).isTrue();
        JsonNode public_ = body(get("/api/v1/articles/" + article.path("id").asString(), null));
        assertThat(public_.path("seo")).isEqualTo(seo);
    }

    @Test
    void editorsSetSeoWhichAReplaceWithoutItKeeps() {
        String editor = given.editor();
        JsonNode article = given.draft(editor, """
                {"title": "%s", "body": "Text.", "seo": {"title": "Search title", "description": "For engines.",
                 "canonicalUrl": "https://example.org/first/home?x=1", "noindex": true}}""".formatted(unique("Seo")));
        String id = article.path("id").asString();
        assertThat(article.path("seo").path("title").asString()).isEqualTo("Search title");
        assertThat(article.path("seo").path("description").asString()).isEqualTo("For engines.");
        assertThat(article.path("seo").path("canonicalUrl").asString()).isEqualTo("https://example.org/first/home?x=1");
        assertThat(article.path("seo").path("noindex").asBoolean()).isTrue();

        JsonNode replaced = body(send(HttpMethod.PUT, "/api/v1/articles/" + id, editor, """
                        {"title": "Replaced"}""")
                .expectStatus()
                .isOk());
        assertThat(replaced.path("seo").path("title").asString()).isEqualTo("Search title");
        assertThat(replaced.path("seo").path("noindex").asBoolean()).isTrue();

        JsonNode patched = body(send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, """
                        {"seo": {"title": null, "noindex": false}}""")
                .expectStatus()
                .isOk());
        assertThat(patched.path("seo").path("title").asString()).isEqualTo("Replaced");
        assertThat(patched.path("seo").path("description").asString()).isEqualTo("For engines.");
        assertThat(patched.path("seo").path("noindex").asBoolean()).isFalse();
        assertThat(patched.path("version").asLong())
                .isGreaterThan(replaced.path("version").asLong());
    }

    @Test
    void noindexArticlesLeaveTheSitemapAndTheFeeds() {
        String editor = given.editor();
        String tag = unique("Indexing");
        JsonNode hidden = given.published(editor, """
                {"title": "%s", "body": "Text.", "tags": ["%s"], "seo": {"noindex": true}}""".formatted(unique("Hidden"), tag));
        JsonNode shown = given.published(editor, """
                {"title": "%s", "body": "Text.", "tags": ["%s"]}""".formatted(unique("Shown"), tag));
        String tagSlug = shown.path("tags").get(0).path("slug").asString();
        for (String path : List.of("/sitemap.xml", "/feed.xml", "/tags/" + tagSlug + "/feed.xml")) {
            assertThat(text(path))
                    .as(path)
                    .contains(shown.path("slug").asString())
                    .doesNotContain(hidden.path("slug").asString());
        }
        // Still readable, and listed, for readers who have the link.
        get("/api/v1/articles/" + hidden.path("id").asString(), null)
                .expectStatus()
                .isOk();

        send(HttpMethod.PATCH, "/api/v1/articles/" + hidden.path("id").asString(), editor, """
                        {"seo": {"noindex": false}}""")
                .expectStatus()
                .isOk();
        assertThat(text("/sitemap.xml")).contains(hidden.path("slug").asString());
        assertThat(text("/tags/" + tagSlug + "/feed.xml"))
                .contains(hidden.path("slug").asString());
    }

    @Test
    void refusesACanonicalUrlThatIsNotAnAbsoluteWebAddressAndOverlongTexts() {
        String editor = given.editor();
        for (String url : List.of(
                "/relative/path", "ftp://example.org/x", "javascript:alert(1)", "https://", "https://a b.org/")) {
            JsonNode problem =
                    body(send(HttpMethod.POST, "/api/v1/articles", editor, """
                            {"title": "Canonical", "seo": {"canonicalUrl": %s}}""".formatted(JSON.writeValueAsString(url)))
                            .expectStatus()
                            .isBadRequest());
            assertThat(fields(problem)).as(url).containsExactly("seo.canonicalUrl");
        }
        JsonNode problem =
                body(send(HttpMethod.POST, "/api/v1/articles", editor, """
                        {"title": "Long", "seo": {"title": "%s", "description": "%s"}}""".formatted("t".repeat(201), "d".repeat(501)))
                        .expectStatus()
                        .isBadRequest());
        assertThat(fields(problem)).containsExactlyInAnyOrder("seo.title", "seo.description");
        assertThat(problem.path("errors").toString()).contains("200").contains("500");
    }
}
