package io.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Threads, moderation at scale, spam rules, closed comments and privacy, on H2 and PostgreSQL. */
abstract class CommentThreadApiTests extends ApiTest {

    private String editor;

    private String article() {
        editor = given.editor();
        String id = given.draft(given.author()).path("id").asString();
        return given.publish(editor, id).path("id").asString();
    }

    private RestTestClient.ResponseSpec post(String articleId, String json) {
        return http.post()
                .uri("/api/v1/articles/" + articleId + "/comments")
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }

    private String approved(String articleId, String parentId, String text) {
        String parent = parentId == null ? "" : ", \"parentId\": \"" + parentId + "\"";
        String id = body(post(articleId, """
                {"authorName": "Reader", "authorEmail": "Reader@Example.org", "body": "%s"%s}""".formatted(text, parent))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        moderate(id, "APPROVED").expectStatus().isOk();
        return id;
    }

    private RestTestClient.ResponseSpec moderate(String id, String status) {
        return send(HttpMethod.PATCH, "/api/v1/comments/" + id, editor, "{\"status\": \"" + status + "\"}");
    }

    private String statusForEditors(JsonNode posted) {
        return body(get("/api/v1/comments/" + posted.path("id").asString(), editor)
                        .expectStatus()
                        .isOk())
                .path("status")
                .asString();
    }

    private JsonNode thread(String articleId) {
        return body(get("/api/v1/articles/" + articleId + "/comments", null)
                        .expectStatus()
                        .isOk())
                .path("content");
    }

    private static List<String> bodies(JsonNode content) {
        List<String> bodies = new ArrayList<>();
        content.forEach(c -> bodies.add(
                c.path("removed").asBoolean() ? "[removed]" : c.path("body").asString()));
        return bodies;
    }

    @Test
    void listsAThreadInReadingOrderWithDepthAndReplyCounts() {
        String articleId = article();
        String first = approved(articleId, null, "First");
        String second = approved(articleId, null, "Second");
        String reply = approved(articleId, first, "Reply to first");
        approved(articleId, reply, "Reply to reply");
        approved(articleId, first, "Later reply to first");
        approved(articleId, second, "Reply to second");

        JsonNode content = thread(articleId);
        assertThat(bodies(content))
                .containsExactly(
                        "First",
                        "Reply to first",
                        "Reply to reply",
                        "Later reply to first",
                        "Second",
                        "Reply to second");
        assertThat(content.findValues("depth").stream().map(JsonNode::asInt).toList())
                .containsExactly(0, 1, 2, 1, 0, 1);
        assertThat(content.get(0).path("replyCount").asInt()).isEqualTo(2);
        assertThat(content.get(1).path("replyCount").asInt()).isEqualTo(1);
        assertThat(content.get(2).path("parentId").asString()).isEqualTo(reply);
        assertThat(content.get(4).path("replyCount").asInt()).isEqualTo(1);

        JsonNode flat = body(get("/api/v1/articles/" + articleId + "/comments?sort=createdAt,asc", null)
                        .expectStatus()
                        .isOk())
                .path("content");
        assertThat(bodies(flat))
                .containsExactly(
                        "First",
                        "Second",
                        "Reply to first",
                        "Reply to reply",
                        "Later reply to first",
                        "Reply to second");
    }

    @Test
    void refusesRepliesDeeperThanTheLimit() {
        String articleId = article();
        String parent = approved(articleId, null, "Depth 0");
        for (int depth = 1; depth < 5; depth++) {
            parent = approved(articleId, parent, "Depth " + depth);
        }
        post(articleId, """
                {"authorName": "Deep", "authorEmail": "d@example.org", "body": "Too deep", "parentId": "%s"}""".formatted(parent))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("parentId");
    }

    @Test
    void keepsAPlaceholderWhereAWithdrawnCommentStillHasReplies() {
        String articleId = article();
        String parent = approved(articleId, null, "Parent");
        approved(articleId, parent, "Answer");
        moderate(parent, "REJECTED").expectStatus().isOk();

        JsonNode content = thread(articleId);
        assertThat(bodies(content)).containsExactly("[removed]", "Answer");
        assertThat(content.get(0).path("authorName").isNull()).isTrue();
        assertThat(content.get(0).path("avatarHash").isNull()).isTrue();
        assertThat(body(get("/api/v1/articles/" + articleId, null))
                        .path("commentCount")
                        .asInt())
                .isEqualTo(1);
        moderate(parent, "APPROVED").expectStatus().isOk();
        assertThat(bodies(thread(articleId))).containsExactly("Parent", "Answer");
    }

    @Test
    void sendsObviousSpamToSpamWithoutTellingThePoster() {
        String articleId = article();
        JsonNode links = body(post(articleId, """
                {"authorName": "Bot", "authorEmail": "b@example.org",
                 "body": "Buy at https://a.example and https://b.example or www.c.example"}""").expectStatus().isCreated());
        JsonNode honeypot = body(post(articleId, """
                {"authorName": "Bot", "authorEmail": "b@example.org", "body": "Nice", "website": "http://x"}""").expectStatus().isCreated());
        JsonNode honest = body(
                post(articleId, """
                {"authorName": "Reader", "authorEmail": "r@example.org", "body": "%s"}""".formatted(unique("Thanks"))).expectStatus().isCreated());
        String text = unique("Same words");
        JsonNode first = body(post(
                        articleId,
                        "{\"authorName\": \"A\", \"authorEmail\": \"a@example.org\", \"body\": \"" + text + "\"}")
                .expectStatus()
                .isCreated());
        JsonNode repeated = body(post(
                        articleId,
                        "{\"authorName\": \"B\", \"authorEmail\": \"b@example.org\", \"body\": \"  "
                                + text.toUpperCase() + " \"}")
                .expectStatus()
                .isCreated());

        // Every poster is told PENDING, and the answers have the same shape: nothing shows what was caught.
        for (JsonNode answer : List.of(links, honeypot, honest, first, repeated)) {
            assertThat(answer.path("status").asString()).isEqualTo("PENDING");
            assertThat(answer.propertyNames()).containsExactlyInAnyOrderElementsOf(honest.propertyNames());
        }
        assertThat(statusForEditors(links)).isEqualTo("SPAM");
        assertThat(statusForEditors(honeypot)).isEqualTo("SPAM");
        assertThat(statusForEditors(repeated)).isEqualTo("SPAM");
        assertThat(statusForEditors(honest)).isEqualTo("PENDING");
        assertThat(statusForEditors(first)).isEqualTo("PENDING");

        JsonNode history = body(get("/api/v1/comments/" + links.path("id").asString() + "/moderations", editor)
                        .expectStatus()
                        .isOk())
                .path("content");
        assertThat(history.get(0).path("moderator").asString()).isEqualTo("spam-filter");
        assertThat(history.get(0).path("to").asString()).isEqualTo("SPAM");
        assertThat(history.get(0).path("reason").asString()).contains("links");
        assertThat(thread(articleId)).isEmpty();
    }

    @Test
    void logsEveryModerationAndModeratesInBulk() {
        String articleId = article();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(body(post(articleId, """
                    {"authorName": "R", "authorEmail": "r@example.org", "body": "Bulk %d %s"}""".formatted(i, unique("b")))
                            .expectStatus()
                            .isCreated())
                    .path("id")
                    .asString());
        }
        String idList = "[\"" + String.join("\", \"", ids) + "\"]";
        send(HttpMethod.POST, "/api/v1/comments/moderation", editor, """
                {"ids": %s, "status": "APPROVED"}""".formatted(
                                idList.replace("]", ", \"" + java.util.UUID.randomUUID() + "\"]")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("ids[3]");
        assertThat(thread(articleId)).isEmpty();

        JsonNode result = body(send(HttpMethod.POST, "/api/v1/comments/moderation", editor, """
                {"ids": %s, "status": "APPROVED"}""".formatted(idList))
                .expectStatus()
                .isOk());
        assertThat(result.findValuesAsString("status")).containsOnly("APPROVED");
        assertThat(thread(articleId)).hasSize(3);
        assertThat(body(get("/api/v1/articles/" + articleId, null))
                        .path("commentCount")
                        .asInt())
                .isEqualTo(3);
        moderate(ids.get(0), "SPAM").expectStatus().isOk();

        JsonNode history = body(get("/api/v1/comments/" + ids.get(0) + "/moderations", editor)
                        .expectStatus()
                        .isOk())
                .path("content");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("from").asString()).isEqualTo("PENDING");
        assertThat(history.get(0).path("to").asString()).isEqualTo("APPROVED");
        assertThat(history.get(1).path("from").asString()).isEqualTo("APPROVED");
        assertThat(history.get(1).path("to").asString()).isEqualTo("SPAM");
        assertThat(history.get(1).path("moderator").asString()).startsWith("editor-");
        get("/api/v1/comments/" + ids.get(0) + "/moderations", signedIn("AUTHOR"))
                .expectStatus()
                .isForbidden();
        send(HttpMethod.POST, "/api/v1/comments/moderation", signedIn("AUTHOR"), """
                {"ids": %s, "status": "SPAM"}""".formatted(idList))
                .expectStatus()
                .isForbidden();
    }

    @Test
    void queueShowsPendingFirstOldestFirstAndFiltersByDate() {
        String articleId = article();
        String older = approved(articleId, null, unique("Older approved"));
        String pending1 = body(post(
                                articleId,
                                "{\"authorName\": \"P\", \"authorEmail\": \"p@example.org\", " + "\"body\": \""
                                        + unique("Pending one") + "\"}")
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        String pending2 = body(post(
                                articleId,
                                "{\"authorName\": \"P\", \"authorEmail\": \"p@example.org\", " + "\"body\": \""
                                        + unique("Pending two") + "\"}")
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        JsonNode queue = body(get("/api/v1/comments?article=" + articleId, editor)
                        .expectStatus()
                        .isOk())
                .path("content");
        List<String> ids = new java.util.ArrayList<>();
        queue.forEach(item -> ids.add(item.path("id").asString()));
        assertThat(ids).containsExactly(pending1, pending2, older);

        String future = java.time.Instant.now().plusSeconds(3600).toString();
        assertThat(body(get("/api/v1/comments?article=" + articleId + "&createdAfter=" + future, editor)
                                .expectStatus()
                                .isOk())
                        .path("content"))
                .isEmpty();
        assertThat(body(get("/api/v1/comments?article=" + articleId + "&createdBefore=" + future, editor)
                                .expectStatus()
                                .isOk())
                        .path("content"))
                .hasSize(3);
        get("/api/v1/comments?createdAfter=soon", editor).expectStatus().isBadRequest();
    }

    @Test
    void editorsCloseCommentsAndAuthorsCannot() {
        String author = signedIn("AUTHOR");
        editor = signedIn("EDITOR");
        String id = given.draft(author).path("id").asString();
        given.publish(editor, id);
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"commentsOpen\": false}")
                .expectStatus()
                .isForbidden();
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, editor, "{\"commentsOpen\": false}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.commentsOpen")
                .isEqualTo(false);
        post(id, "{\"authorName\": \"A\", \"authorEmail\": \"a@example.org\", \"body\": \"Hello\"}")
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:quire:problem:comments-closed");
        // An author's edit that leaves the setting alone still works.
        send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"summary\": \"Still mine\"}")
                .expectStatus()
                .isOk();
    }

    @Test
    void showsAStableAvatarHashAndSafeHtmlButNeverTheAddress() {
        String articleId = article();
        approved(articleId, null, "<script>alert(1)</script> a & b");
        approved(articleId, null, "Second from the same reader");
        JsonNode content = thread(articleId);
        String hash = content.get(0).path("avatarHash").asString();
        assertThat(hash).matches("[0-9a-f]{32}");
        assertThat(content.get(1).path("avatarHash").asString()).isEqualTo(hash);
        assertThat(content.get(0).path("bodyHtml").asString())
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; a &amp; b</p>");
        assertThat(content.get(0).path("body").asString()).isEqualTo("<script>alert(1)</script> a & b");
        assertThat(content.toString()).doesNotContainIgnoringCase("example.org").doesNotContain("authorEmail");
    }

    @Test
    void aFloodOfSixtyCommentsFromOneClientIsAnswered429() {
        String articleId = article();
        String ip = clientIp();
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 60; i++) {
            var result = http.post()
                    .uri("/api/v1/articles/" + articleId + "/comments")
                    .header("X-Forwarded-For", ip)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"authorName\": \"F\", \"authorEmail\": \"f@example.org\", \"body\": \"Flood " + i + "\"}")
                    .exchange()
                    .returnResult(String.class);
            if (result.getStatus().value() == 429) {
                limited++;
                retryAfter = result.getResponseHeaders().getFirst("Retry-After");
                assertThat(json(result.getResponseBody()).path("status").asInt())
                        .isEqualTo(429);
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(50);
        assertThat(retryAfter).matches("\\d+");
    }
}
