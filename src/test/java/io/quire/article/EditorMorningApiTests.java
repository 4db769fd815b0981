package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** What an editor meets in Swagger UI, as the contract's "Editors in Swagger UI" section says, on H2 and PostgreSQL. */
abstract class EditorMorningApiTests extends ApiTest {

    private static final String CHANGED_SINCE_READ =
            "Someone changed this since you loaded it: read it again, then repeat your change.";

    private String etagOf(String id, String token) {
        return get("/api/v1/articles/" + id, token)
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
    }

    private RestTestClient.ResponseSpec patchIfMatch(String id, String token, String ifMatch, String json) {
        return http.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token)
                .header("If-Match", ifMatch)
                .contentType(MediaType.valueOf("application/merge-patch+json"))
                .body(json)
                .exchange();
    }

    @Test
    void refusesAPublishAtInThePastNamingIt() {
        String editor = signedIn("EDITOR");
        String id = given.draft(editor).path("id").asString();
        String typo = clock.instant().minus(Duration.ofDays(365)).toString();

        JsonNode problem = body(send(
                        HttpMethod.POST,
                        "/api/v1/articles/" + id + "/publish",
                        editor,
                        "{\"publishAt\": \"" + typo + "\"}")
                .expectStatus()
                .isBadRequest());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("publishAt");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .contains("in the past")
                .contains("leave publishAt out");
        get("/api/v1/articles/" + id, editor).expectBody().jsonPath("$.status").isEqualTo("DRAFT");

        // Within a minute of the server's clock is "now": it publishes; without publishAt too.
        String justNow = clock.instant().minusSeconds(30).toString();
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, "{\"publishAt\": \"" + justNow + "\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("PUBLISHED");
        String other = given.draft(editor).path("id").asString();
        send(HttpMethod.POST, "/api/v1/articles/" + other + "/publish", editor, "{}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("PUBLISHED");
    }

    @Test
    void comparesAnUnquotedIfMatchAsQuotedAndNeverAWeakOne() {
        String editor = signedIn("EDITOR");
        String id = given.draft(editor).path("id").asString();
        String etag = etagOf(id, editor);
        String unquoted = etag.substring(1, etag.length() - 1);

        patchIfMatch(id, editor, unquoted, "{\"summary\": \"Pasted without quotes\"}")
                .expectStatus()
                .isOk();

        String current = etagOf(id, editor);
        JsonNode weak = body(patchIfMatch(id, editor, "W/" + current, "{\"summary\": \"Weak\"}")
                .expectStatus()
                .isEqualTo(412));
        assertThat(weak.path("detail").asString()).isEqualTo(CHANGED_SINCE_READ);

        JsonNode stale = body(patchIfMatch(id, editor, unquoted, "{\"summary\": \"Stale\"}")
                .expectStatus()
                .isEqualTo(412));
        assertThat(stale.path("detail").asString())
                .isEqualTo(CHANGED_SINCE_READ)
                .doesNotContain(unquoted);

        // The version read from a list works instead of If-Match.
        JsonNode item =
                body(get("/api/v1/articles?status=DRAFT&size=100", editor)).path("content");
        long version = -1;
        for (JsonNode a : item) {
            if (a.path("id").asString().equals(id)) {
                version = a.path("version").asLong();
            }
        }
        assertThat(version).isNotNegative();
        send(
                        HttpMethod.PATCH,
                        "/api/v1/articles/" + id,
                        editor,
                        "{\"summary\": \"By version\", \"version\": " + version + "}")
                .expectStatus()
                .isOk();
        JsonNode staleVersion = body(send(
                        HttpMethod.PATCH,
                        "/api/v1/articles/" + id,
                        editor,
                        "{\"summary\": \"Again\", \"version\": " + version + "}")
                .expectStatus()
                .isEqualTo(412));
        assertThat(staleVersion.path("detail").asString())
                .startsWith("Someone changed this since you loaded it")
                .endsWith("read it again, then repeat your change.");
    }

    @Test
    void derivesTheSlugFromTheTitleUntilFirstPublication() {
        String editor = signedIn("EDITOR");
        String word = unique("Tpyo").toLowerCase();
        JsonNode draft = given.draft(editor, "{\"title\": \"A " + word + " headline\"}");
        String id = draft.path("id").asString();
        assertThat(draft.path("slug").asString()).isEqualTo("a-" + word + "-headline");

        String fixed = word.replace("tpyo", "typo");
        JsonNode renamed = body(
                send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"title\": \"A " + fixed + " headline\"}")
                        .expectStatus()
                        .isOk());
        assertThat(renamed.path("slug").asString()).isEqualTo("a-" + fixed + "-headline");

        // A slug the editor chose stays, whatever the title does.
        String chosen = unique("chosen").toLowerCase();
        String other = given.draft(editor).path("id").asString();
        send(HttpMethod.PATCH, "/api/v1/articles/" + other, editor, "{\"slug\": \"" + chosen + "\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.PATCH, "/api/v1/articles/" + other, editor, "{\"title\": \"Another title\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.slug")
                .isEqualTo(chosen);

        // Once published, the slug stays; the old one answers 301 after an explicit change.
        given.publish(editor, id);
        JsonNode afterPublication =
                body(send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"title\": \"Quite another title\"}")
                        .expectStatus()
                        .isOk());
        assertThat(afterPublication.path("slug").asString()).isEqualTo("a-" + fixed + "-headline");
    }

    @Test
    void tellsAnAuthorWhoPublishesWhichRoleMayAndToSubmitForReview() {
        String author = signedIn("AUTHOR");
        String id = given.draft(author).path("id").asString();
        JsonNode problem = body(send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", author, "{}")
                .expectStatus()
                .isForbidden());
        assertThat(problem.path("detail").asString()).contains("EDITOR").contains("submit");

        JsonNode unsigned = body(send(HttpMethod.POST, "/api/v1/articles", null, "{\"title\": \"x\"}")
                .expectStatus()
                .isUnauthorized());
        assertThat(unsigned.path("detail").asString()).contains("Authorize");
    }

    @Test
    void saysWhereMalformedJsonBreaksAndHowToWriteALineBreak() {
        String author = signedIn("AUTHOR");
        JsonNode problem = body(send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"Two\nlines\"}")
                .expectStatus()
                .isBadRequest());
        assertThat(problem.path("detail").asString()).contains("line 1, column").contains("\\n");
        JsonNode tooLong =
                body(send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"" + "x".repeat(201) + "\"}")
                        .expectStatus()
                        .isBadRequest());
        assertThat(tooLong.path("errors").get(0).path("message").asString()).contains("characters");
    }

    @Test
    void saysWhichRevisionARestoreCameFromAndWhatEachChanged() {
        String editor = signedIn("EDITOR");
        String id = given.draft(editor, "{\"title\": \"" + unique("Restored") + "\", \"body\": \"First\"}")
                .path("id")
                .asString();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"body\": \"Second\", \"summary\": \"Sum\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/revisions/1/restore", editor, null)
                .expectStatus()
                .isOk();

        JsonNode revisions =
                body(get("/api/v1/articles/" + id + "/revisions", editor)).path("content");
        List<String> changed = new ArrayList<>();
        revisions.get(1).path("changed").forEach(f -> changed.add(f.asString()));
        assertThat(changed).containsExactly("summary", "body");
        assertThat(revisions.get(0).path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(revisions.get(1).path("restoredFrom").isNull()).isTrue();
        get("/api/v1/articles/" + id + "/revisions/3", editor)
                .expectBody()
                .jsonPath("$.restoredFrom")
                .isEqualTo(1)
                .jsonPath("$.changed[0]")
                .isEqualTo("summary");
    }

    @Test
    void escapesOnlyWhatHtmlNeedsInSearchHighlights() {
        String editor = signedIn("EDITOR");
        String word = unique("Slashy").toLowerCase().replace("-", "");
        given.published(editor, "{\"title\": \"Input/output of " + word + " & <friends>\"}");
        JsonNode hit =
                body(get("/api/v1/articles?q=" + word, editor)).path("content").get(0);
        assertThat(hit.path("highlight").path("title").asString())
                .isEqualTo("Input/output of <mark>" + word + "</mark> &amp; &lt;friends&gt;");
    }

    @Test
    void showsModeratorsTheArticleOfEachCommentAndEveryDecision() {
        var editor = signedInUser("EDITOR");
        String title = unique("Commented");
        JsonNode article = given.published(editor.token(), "{\"title\": \"" + title + "\"}");
        String articleId = article.path("id").asString();
        String commentId = body(http.post()
                        .uri("/api/v1/articles/" + articleId + "/comments")
                        .header("X-Forwarded-For", clientIp())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"authorName\": \"Reader\", \"authorEmail\": \"r@example.org\", \"body\": \"Nice\"}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();

        JsonNode queue = body(get("/api/v1/comments?article=" + articleId, editor.token()))
                .path("content")
                .get(0);
        assertThat(queue.path("article").path("id").asString()).isEqualTo(articleId);
        assertThat(queue.path("article").path("title").asString()).isEqualTo(title);
        assertThat(queue.path("article").path("slug").asString())
                .isEqualTo(article.path("slug").asString());

        send(HttpMethod.PATCH, "/api/v1/comments/" + commentId, editor.token(), "{\"status\": \"APPROVED\"}")
                .expectStatus()
                .isOk();
        send(HttpMethod.PATCH, "/api/v1/comments/" + commentId, editor.token(), "{\"status\": \"REJECTED\"}")
                .expectStatus()
                .isOk();
        JsonNode mine = body(get("/api/v1/moderations?moderator=" + editor.username(), editor.token())
                        .expectStatus()
                        .isOk())
                .path("content");
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).path("to").asString()).isEqualTo("REJECTED");
        assertThat(mine.get(1).path("to").asString()).isEqualTo("APPROVED");
        assertThat(mine.get(0).path("commentId").asString()).isEqualTo(commentId);
        assertThat(mine.get(0).path("article").path("id").asString()).isEqualTo(articleId);
        assertThat(mine.get(0).path("article").path("title").asString()).isEqualTo(title);
        assertThat(mine.get(1).path("article").path("slug").asString())
                .isEqualTo(article.path("slug").asString());
        get("/api/v1/comments/" + commentId + "/moderations", editor.token())
                .expectBody()
                .jsonPath("$.content[0].article.title")
                .isEqualTo(title);
        get("/api/v1/moderations", signedIn("AUTHOR")).expectStatus().isForbidden();
        get("/api/v1/moderations", null).expectStatus().isUnauthorized();
    }

    @Test
    void saysQueryParameterSizesInCharactersAndItemsNamingTheParameter() {
        String editor = signedIn("EDITOR");
        JsonNode longQuery = body(get("/api/v1/articles?q=" + "x".repeat(201), editor)
                .expectStatus()
                .isBadRequest());
        assertThat(longQuery.path("errors").get(0).path("field").asString()).isEqualTo("q");
        assertThat(longQuery.path("errors").get(0).path("message").asString())
                .isEqualTo("must be at most 200 characters");

        String manyTags = "tag=t&".repeat(21);
        JsonNode tags =
                body(get("/api/v1/articles?" + manyTags, editor).expectStatus().isBadRequest());
        assertThat(tags.path("errors").get(0).path("field").asString()).isEqualTo("tag");
        assertThat(tags.path("errors").get(0).path("message").asString()).isEqualTo("must be at most 20 items");
    }

    @Test
    void datesThePublishLaterExampleFromTheServersClockWhenSwaggerUiOpens() {
        JsonNode later = body(get("/v3/api-docs", null))
                .path("paths")
                .path("/api/v1/articles/{id}/publish")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples")
                .path("later");
        assertThat(later.path("x-tomorrow-utc").asString()).isEqualTo("publishAt");

        String before = tomorrowMorning().toString();
        String script = get("/swagger-ui/swagger-initializer.js", null)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        String after = tomorrowMorning().toString();
        assertThat(script).containsAnyOf("tomorrow: \"" + before + "\"", "tomorrow: \"" + after + "\"");
        assertThat(script).contains("quire.tomorrowInExamples");
    }

    private Instant tomorrowMorning() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(1)
                .atTime(7, 0)
                .toInstant(ZoneOffset.UTC);
    }
}
