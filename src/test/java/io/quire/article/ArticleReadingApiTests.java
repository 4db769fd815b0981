package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** What a site's pages read: light list items, `fields`, the excerpt, headings with ids and the toc. */
abstract class ArticleReadingApiTests extends ApiTest {

    private static final String BODY = """
            Intro paragraph with **bold** & <b>raw</b> text.

            ## Who is affected

            Cloud providers.

            ### Who is affected

            Again.

            ## Café & co

            Text.""";

    private JsonNode publishedWithHeadings(String editor, String tag) {
        return given.published(editor, """
                {"title": "%s", "body": %s, "tags": ["%s"]}""".formatted(unique("Outline"), JSON.writeValueAsString(BODY), tag));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void listItemsLeaveOutTheBodyAndCarryAnExcerpt() {
        String editor = given.editor();
        String tag = unique("light");
        JsonNode article = publishedWithHeadings(editor, tag);
        for (String token : new String[] {null, editor}) {
            JsonNode item = body(get("/api/v1/articles?tag=" + tag, token)
                            .expectStatus()
                            .isOk())
                    .path("content")
                    .get(0);
            assertThat(item.path("id").asString()).isEqualTo(article.path("id").asString());
            assertThat(names(item)).doesNotContain("body", "bodyHtml", "toc").contains("excerpt", "title", "tags");
            assertThat(item.has("summary")).isTrue();
            assertThat(item.path("summary").isNull()).isTrue();
            assertThat(item.path("excerpt").asString())
                    .startsWith("Intro paragraph with bold & raw text. Who is affected Cloud providers.");
        }
    }

    @Test
    void theExcerptIsTheSummaryWhenThereIsOneAndIsCutAtAWord() {
        String editor = given.editor();
        JsonNode withSummary = given.published(editor, """
                {"title": "%s", "summary": "The short of it.", "body": "Long body."}""".formatted(unique("Summary")));
        assertThat(withSummary.path("excerpt").asString()).isEqualTo("The short of it.");
        String words = "word ".repeat(100);
        JsonNode long_ = given.published(editor, """
                {"title": "%s", "body": "%s"}""".formatted(unique("Long"), words));
        String excerpt = long_.path("excerpt").asString();
        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(201);
        assertThat(excerpt.length()).isGreaterThan(150);
    }

    @Test
    void fieldsPicksExactlyTheNamedFieldsOfListsAndSingleReads() {
        String editor = given.editor();
        String tag = unique("fields");
        JsonNode article = publishedWithHeadings(editor, tag);
        String id = article.path("id").asString();
        for (String token : new String[] {null, editor}) {
            JsonNode item = body(get("/api/v1/articles?tag=" + tag + "&fields=id,title,body,bodyHtml", token)
                            .expectStatus()
                            .isOk())
                    .path("content")
                    .get(0);
            assertThat(names(item)).containsExactlyInAnyOrder("id", "title", "body", "bodyHtml");
            assertThat(item.path("body").asString()).isEqualTo(BODY);

            JsonNode single = body(get("/api/v1/articles/" + id + "?fields=slug,toc", token)
                    .expectStatus()
                    .isOk());
            assertThat(names(single)).containsExactlyInAnyOrder("slug", "toc");
            JsonNode bySlug =
                    body(get("/api/v1/articles/slug/" + article.path("slug").asString() + "?fields=title", token)
                            .expectStatus()
                            .isOk());
            assertThat(names(bySlug)).containsExactly("title");
        }
    }

    @Test
    void selectedAnswersHaveTheirOwnETags() {
        String editor = given.editor();
        String id = given.published(editor).path("id").asString();
        String whole = get("/api/v1/articles/" + id, null)
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        var titled = get("/api/v1/articles/" + id + "?fields=title", null).returnResult(String.class);
        String titleTag = titled.getResponseHeaders().getETag();
        assertThat(titleTag).isNotNull().isNotEqualTo(whole);
        http.get()
                .uri("/api/v1/articles/" + id + "?fields=title")
                .header("If-None-Match", titleTag)
                .exchange()
                .expectStatus()
                .isNotModified();
        // The whole article, asked for again, is still whole.
        assertThat(names(body(get("/api/v1/articles/" + id, null)))).contains("body", "bodyHtml", "toc");
    }

    @Test
    void anUnknownFieldIsABadRequestNamingFields() {
        String id = given.published(given.editor()).path("id").asString();
        for (String path : List.of(
                "/api/v1/articles?fields=title,password",
                "/api/v1/articles?fields=",
                "/api/v1/articles/" + id + "?fields=title,,slug",
                "/api/v1/articles/" + id + "?fields=selection")) {
            JsonNode problem = body(get(path, null).expectStatus().isBadRequest());
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("fields");
        }
    }

    @Test
    void everyHeadingCarriesAStableIdListedInTheToc() {
        String editor = given.editor();
        JsonNode article = publishedWithHeadings(editor, unique("toc"));
        assertThat(article.path("bodyHtml").asString())
                .contains("<h2 id=\"who-is-affected\">Who is affected</h2>")
                .contains("<h3 id=\"who-is-affected-2\">Who is affected</h3>")
                .contains("<h2 id=\"cafe-and-co\">Café &amp; co</h2>");
        JsonNode toc = article.path("toc");
        assertThat(toc.size()).isEqualTo(3);
        assertThat(toc.get(0).path("level").asInt()).isEqualTo(2);
        assertThat(toc.get(1).path("level").asInt()).isEqualTo(3);
        assertThat(toc.get(2).path("text").asString()).isEqualTo("Café & co");
        assertThat(toc.get(2).path("id").asString()).isEqualTo("cafe-and-co");

        // Text changed elsewhere keeps the ids; a raw HTML heading gets one too, never its own.
        String id = article.path("id").asString();
        JsonNode changed = body(send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, """
                        {"body": %s}""".formatted(
                        JSON.writeValueAsString("New opening.\n\n" + BODY.replace("Cloud providers.", "Everyone.")
                                + "\n\n<h4 id=\"location\" onclick=\"x()\">Raw</h4>")))
                .expectStatus()
                .isOk());
        List<String> ids = new ArrayList<>();
        changed.path("toc").forEach(h -> ids.add(h.path("id").asString()));
        assertThat(ids).containsExactly("who-is-affected", "who-is-affected-2", "cafe-and-co", "raw");
        assertThat(changed.path("bodyHtml").asString())
                .contains("<h4 id=\"raw\">Raw</h4>")
                .doesNotContain("location")
                .doesNotContain("onclick");
    }
}
