package io.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** The comment endpoints over HTTP, run on H2 and on PostgreSQL by the subclasses. */
abstract class CommentApiTests extends ApiTest {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private String draft(String authorToken) {
        return given.draft(authorToken).path("id").asString();
    }

    private String published(String authorToken, String editorToken) {
        return given.publish(editorToken, draft(authorToken)).path("id").asString();
    }

    /** Posts from a client address of its own, so the per-client limit never interferes. */
    private RestTestClient.ResponseSpec post(String articleId, String token, String json) {
        return postFrom(clientIp(), articleId, token, json);
    }

    private RestTestClient.ResponseSpec postFrom(String ip, String articleId, String token, String json) {
        var request =
                http.post().uri("/api/v1/articles/" + articleId + "/comments").header("X-Forwarded-For", ip);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private static String comment(String authorName, String text) {
        return """
                {"authorName": "%s", "authorEmail": "reader@example.org", "body": "%s"}""".formatted(authorName, text);
    }

    private static String reply(String parentId, String text) {
        return """
                {"authorName": "Replier", "authorEmail": "replier@example.org", "body": "%s", "parentId": "%s"}""".formatted(text, parentId);
    }

    private String pending(String articleId, String text) {
        return body(post(articleId, null, comment("Reader", text))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
    }

    private RestTestClient.ResponseSpec moderate(String editorToken, String commentId, String status) {
        return http.patch()
                .uri("/api/v1/comments/" + commentId)
                .header("Authorization", "Bearer " + editorToken)
                .contentType(MERGE_PATCH)
                .body("{\"status\": \"" + status + "\"}")
                .exchange();
    }

    private String approved(String articleId, String editorToken, String text) {
        String id = pending(articleId, text);
        moderate(editorToken, id, "APPROVED").expectStatus().isOk();
        return id;
    }

    private int commentCount(String articleId) {
        return body(get("/api/v1/articles/" + articleId, null).expectStatus().isOk())
                .path("commentCount")
                .asInt();
    }

    private JsonNode publicList(String articleId) {
        return body(get("/api/v1/articles/" + articleId + "/comments", null)
                .expectStatus()
                .isOk());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("content").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsString("field");
    }

    @Test
    void anyonePostsAPendingCommentOnAPublishedArticle() {
        String articleId = published(signedIn("AUTHOR"), signedIn("EDITOR"));
        var response = post(articleId, null, """
                {"authorName": "  Grace  ", "authorEmail": "grace@example.org", "body": "<b>Clear</b>, thanks."}""");
        response.expectStatus()
                .isCreated()
                .expectHeader()
                .exists("ETag")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        var result = response.returnResult(String.class);
        JsonNode posted = json(result.getResponseBody());
        String id = posted.path("id").asString();
        assertThat(result.getResponseHeaders().getLocation())
                .hasToString("http://localhost:" + port + "/api/v1/comments/" + id);
        assertThat(posted.path("status").asString()).isEqualTo("PENDING");
        assertThat(posted.has("authorEmail")).isFalse();
        assertThat(result.getResponseBody()).doesNotContain("grace@example.org");
        assertThat(posted.path("articleId").asString()).isEqualTo(articleId);
        assertThat(posted.path("parentId").isNull()).isTrue();
        assertThat(posted.path("authorName").asString()).isEqualTo("Grace");
        assertThat(posted.path("body").asString()).isEqualTo("<b>Clear</b>, thanks.");
        assertThat(posted.path("createdAt").asString()).endsWith("Z");

        assertThat(publicList(articleId).path("content")).isEmpty();
        assertThat(commentCount(articleId)).isZero();
        JsonNode moderated = body(
                get("/api/v1/comments/" + id, signedIn("EDITOR")).expectStatus().isOk());
        assertThat(moderated.path("authorEmail").asString()).isEqualTo("grace@example.org");
        assertThat(moderated.path("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void commentsOnUnpublishedOrUnknownArticlesAre404() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String draftId = draft(author);
        var onDraft = post(draftId, null, comment("Reader", "Too early"));
        onDraft.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(onDraft).path("status").asInt()).isEqualTo(404);
        post(draftId, author, comment("Author", "Mine, but a draft"))
                .expectStatus()
                .isNotFound();
        post(draftId, editor, comment("Editor", "Still a draft")).expectStatus().isNotFound();
        get("/api/v1/articles/" + draftId + "/comments", null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        post(UUID.randomUUID().toString(), null, comment("Reader", "Nowhere"))
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("not-a-uuid", null, comment("Reader", "Nowhere")).expectStatus().isNotFound();
        get("/api/v1/articles/" + UUID.randomUUID() + "/comments", null)
                .expectStatus()
                .isNotFound();

        String archived = published(author, editor);
        send(HttpMethod.POST, "/api/v1/articles/" + archived + "/archive", editor, null)
                .expectStatus()
                .isOk();
        post(archived, null, comment("Reader", "Too late")).expectStatus().isNotFound();
        get("/api/v1/articles/" + archived + "/comments", null).expectStatus().isNotFound();

        JsonNode queue = body(get("/api/v1/comments?article=" + draftId, editor)
                .expectStatus()
                .isOk());
        assertThat(queue.path("content")).isEmpty();
    }

    @Test
    void rejectsInvalidCommentsNamingTheFields() {
        String articleId = published(signedIn("AUTHOR"), signedIn("EDITOR"));
        var missing = post(articleId, null, "{\"authorEmail\": \"a@example.org\", \"body\": \"Hi\"}");
        missing.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(missing);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/articles/" + articleId + "/comments");
        assertThat(fields(problem)).containsExactly("authorName");

        assertThat(fields(body(post(articleId, null, """
                {"authorName": " ", "authorEmail": "not-an-email", "body": "%s"}""".formatted("b".repeat(5001)))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactlyInAnyOrder("authorName", "authorEmail", "body");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "%s", "authorEmail": "a@example.org", "body": "Hi"}""".formatted("n".repeat(81)))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("authorName");
        assertThat(fields(body(post(articleId, null, "{\"authorName\": \"A\", \"body\": \"Hi\"}")
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("authorEmail");
        assertThat(fields(body(post(articleId, null, "{\"authorName\": \"A\", \"authorEmail\": \"a@example.org\"}")
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("body");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a@example.org", "body": "   "}""").expectStatus().isBadRequest())))
                .containsExactly("body");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a@example.org", "body": "Hi", "status": "APPROVED"}""").expectStatus().isBadRequest())))
                .containsExactly("status");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a@example.org", "body": "Hi", "id": "%s"}""".formatted(UUID.randomUUID()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("id");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a@example.org", "body": "Hi", "parentId": "nope"}""").expectStatus().isBadRequest())))
                .containsExactly("parentId");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a@example.org", "body": "x\\u0000y"}""").expectStatus().isBadRequest())))
                .containsExactly("body");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a\\u0000@example.org", "body": "Hi"}""").expectStatus().isBadRequest())))
                .containsExactly("authorEmail");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "A", "authorEmail": "a@example.org", "body": "\\ud800"}""").expectStatus().isBadRequest())))
                .containsExactly("body");
        assertThat(fields(body(post(articleId, null, """
                {"authorName": "\\udfff A", "authorEmail": "a@example.org", "body": "Hi"}""").expectStatus().isBadRequest())))
                .containsExactly("authorName");
        post(articleId, null, "{\"authorName\": ")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.post()
                .uri("/api/v1/articles/" + articleId + "/comments")
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.TEXT_PLAIN)
                .body("Hi")
                .exchange()
                .expectStatus()
                .isEqualTo(415);

        JsonNode longest = body(post(articleId, null, """
                {"authorName": "%s", "authorEmail": "a@example.org", "body": "%s"}""".formatted("n".repeat(80), "b".repeat(5000)))
                .expectStatus()
                .isCreated());
        assertThat(longest.path("body").asString()).hasSize(5000);
        JsonNode queue = body(get("/api/v1/comments?article=" + articleId, signedIn("EDITOR"))
                .expectStatus()
                .isOk());
        assertThat(ids(queue)).containsExactly(longest.path("id").asString());
    }

    @Test
    void thePublicSeesOnlyApprovedCommentsOldestFirst() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        String first = pending(articleId, "First");
        String second = pending(articleId, "Second");
        String third = pending(articleId, "Third");
        String fourth = pending(articleId, "Fourth");
        moderate(editor, third, "APPROVED").expectStatus().isOk();
        moderate(editor, first, "APPROVED").expectStatus().isOk();
        moderate(editor, fourth, "REJECTED").expectStatus().isOk();

        var response = get("/api/v1/articles/" + articleId + "/comments", null)
                .expectStatus()
                .isOk();
        response.expectHeader().exists("ETag").expectHeader().valueMatches("Cache-Control", "public, max-age=\\d+");
        var result = response.returnResult(String.class);
        JsonNode page = json(result.getResponseBody());
        assertThat(ids(page)).containsExactly(first, third);
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(2);
        assertThat(page.path("content").findValuesAsString("body")).containsExactly("First", "Third");
        page.path("content").forEach(c -> {
            assertThat(c.has("authorEmail")).isFalse();
            assertThat(c.has("status")).isFalse();
            assertThat(c.path("articleId").asString()).isEqualTo(articleId);
        });
        assertThat(result.getResponseBody()).doesNotContain("reader@example.org", "APPROVED");
        assertThat(ids(publicList(articleId))).doesNotContain(second, fourth);

        JsonNode newest = body(get("/api/v1/articles/" + articleId + "/comments?sort=createdAt,desc", null)
                .expectStatus()
                .isOk());
        assertThat(ids(newest)).containsExactly(third, first);
        JsonNode paged = body(get("/api/v1/articles/" + articleId + "/comments?size=1&page=1", null)
                .expectStatus()
                .isOk());
        assertThat(ids(paged)).containsExactly(third);
        get("/api/v1/articles/" + articleId + "/comments?sort=status,asc", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("sort");
        get("/api/v1/articles/" + articleId + "/comments?size=101", null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
    }

    @Test
    void repliesNeedAnApprovedParentOfTheSameArticle() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String articleId = published(author, editor);
        String otherArticle = published(author, editor);
        String parent = approved(articleId, editor, "Parent");
        String unapproved = pending(articleId, "Waiting");
        String elsewhere = approved(otherArticle, editor, "Elsewhere");

        for (String badParent : List.of(elsewhere, unapproved, UUID.randomUUID().toString())) {
            var refused = post(articleId, null, reply(badParent, "Bad reply"));
            refused.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(fields(body(refused))).as(badParent).containsExactly("parentId");
        }
        String rejected = pending(articleId, "Rejected");
        moderate(editor, rejected, "REJECTED").expectStatus().isOk();
        post(articleId, null, reply(rejected, "Bad reply"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("parentId");

        JsonNode posted = body(post(articleId, null, reply(parent, "Good reply"))
                .expectStatus()
                .isCreated());
        assertThat(posted.path("parentId").asString()).isEqualTo(parent);
        String replyId = posted.path("id").asString();
        moderate(editor, replyId, "APPROVED")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.parentId")
                .isEqualTo(parent);

        JsonNode page = publicList(articleId);
        assertThat(ids(page)).containsExactly(parent, replyId);
        assertThat(page.path("content").get(0).path("parentId").isNull()).isTrue();
        assertThat(page.path("content").get(1).path("parentId").asString()).isEqualTo(parent);
        JsonNode editorsReply = body(
                post(articleId, editor, reply(replyId, "Nested")).expectStatus().isCreated());
        assertThat(editorsReply.path("status").asString()).isEqualTo("APPROVED");
        assertThat(editorsReply.path("parentId").asString()).isEqualTo(replyId);
        JsonNode queue = body(get("/api/v1/comments?article=" + otherArticle, editor)
                .expectStatus()
                .isOk());
        assertThat(ids(queue)).containsExactly(elsewhere);
    }

    @Test
    void theModerationQueueIsForEditors() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String articleId = published(author, editor);
        String otherArticle = published(author, editor);
        String waiting = pending(articleId, "Waiting");
        String accepted = approved(articleId, editor, "Accepted");
        String spam = pending(articleId, "Spam");
        moderate(editor, spam, "SPAM").expectStatus().isOk();
        String elsewhere = pending(otherArticle, "Elsewhere");

        var anonymous = get("/api/v1/comments", null);
        anonymous
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(anonymous).path("status").asInt()).isEqualTo(401);
        var forbidden = get("/api/v1/comments", author);
        forbidden.expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(forbidden).path("status").asInt()).isEqualTo(403);
        get("/api/v1/comments/" + waiting, null)
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate");
        get("/api/v1/comments/" + waiting, author).expectStatus().isForbidden();
        moderate(author, waiting, "APPROVED").expectStatus().isForbidden();
        http.patch()
                .uri("/api/v1/comments/" + waiting)
                .contentType(MERGE_PATCH)
                .body("{\"status\": \"APPROVED\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate");
        send(HttpMethod.DELETE, "/api/v1/comments/" + waiting, author, null)
                .expectStatus()
                .isForbidden();
        send(HttpMethod.DELETE, "/api/v1/comments/" + waiting, null, null)
                .expectStatus()
                .isUnauthorized();

        var all = get("/api/v1/comments?article=" + articleId, editor)
                .expectStatus()
                .isOk();
        all.expectHeader().exists("ETag").expectHeader().valueEquals("Cache-Control", "private, no-cache");
        JsonNode queue = body(all);
        assertThat(ids(queue)).containsExactly(waiting, accepted, spam);
        assertThat(queue.path("content").findValuesAsString("status")).containsExactly("PENDING", "APPROVED", "SPAM");
        assertThat(queue.path("content").findValuesAsString("authorEmail")).containsOnly("reader@example.org");
        assertThat(queue.path("page").path("totalElements").asInt()).isEqualTo(3);

        assertThat(ids(body(get("/api/v1/comments?status=PENDING&article=" + articleId, editor)
                        .expectStatus()
                        .isOk())))
                .containsExactly(waiting);
        assertThat(ids(body(get("/api/v1/comments?status=SPAM&article=" + articleId, editor)
                        .expectStatus()
                        .isOk())))
                .containsExactly(spam);
        assertThat(ids(body(get("/api/v1/comments?article=" + otherArticle, editor)
                        .expectStatus()
                        .isOk())))
                .containsExactly(elsewhere);
        JsonNode pendingEverywhere = body(get("/api/v1/comments?status=PENDING&size=100&sort=createdAt,desc", editor)
                .expectStatus()
                .isOk());
        assertThat(pendingEverywhere.path("content").findValuesAsString("status"))
                .containsOnly("PENDING");
        assertThat(ids(pendingEverywhere)).contains(elsewhere, waiting).doesNotContain(accepted, spam);
        assertThat(ids(body(get("/api/v1/comments?article=" + articleId + "&sort=status,asc", editor)
                        .expectStatus()
                        .isOk())))
                .containsExactly(accepted, waiting, spam);
        get("/api/v1/comments?article=" + articleId, adminToken())
                .expectStatus()
                .isOk();

        JsonNode one = body(get("/api/v1/comments/" + accepted, editor)
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("ETag"));
        assertThat(one.path("authorEmail").asString()).isEqualTo("reader@example.org");
        assertThat(one.path("status").asString()).isEqualTo("APPROVED");
        assertThat(one.path("articleId").asString()).isEqualTo(articleId);

        get("/api/v1/comments?status=NOPE", editor)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("status");
        get("/api/v1/comments?article=not-a-uuid", editor)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("article");
        get("/api/v1/comments?sort=authorEmail,asc", editor)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("sort");
        get("/api/v1/comments?size=101", editor)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        get("/api/v1/comments/" + UUID.randomUUID(), editor)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode nothing = body(get("/api/v1/comments?article=" + UUID.randomUUID(), editor)
                .expectStatus()
                .isOk());
        assertThat(nothing.path("content")).isEmpty();
    }

    @Test
    void moderationMovesTheArticlesCommentCount() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        String id = pending(articleId, "Moderate me");
        String other = pending(articleId, "Me too");
        assertThat(commentCount(articleId)).isZero();

        JsonNode approved = body(moderate(editor, id, "APPROVED")
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("ETag"));
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("authorEmail").asString()).isEqualTo("reader@example.org");
        assertThat(commentCount(articleId)).isEqualTo(1);
        assertThat(ids(publicList(articleId))).containsExactly(id);
        moderate(editor, id, "APPROVED").expectStatus().isOk();
        assertThat(commentCount(articleId)).isEqualTo(1);
        send(HttpMethod.PATCH, "/api/v1/comments/" + other, editor, "{\"status\": \"APPROVED\"}")
                .expectStatus()
                .isOk();
        assertThat(commentCount(articleId)).isEqualTo(2);

        moderate(editor, id, "SPAM")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SPAM");
        assertThat(commentCount(articleId)).isEqualTo(1);
        assertThat(ids(publicList(articleId))).containsExactly(other);
        moderate(editor, id, "APPROVED").expectStatus().isOk();
        assertThat(commentCount(articleId)).isEqualTo(2);
        moderate(editor, id, "REJECTED").expectStatus().isOk();
        moderate(editor, other, "PENDING").expectStatus().isOk();
        assertThat(commentCount(articleId)).isZero();
        assertThat(publicList(articleId).path("content")).isEmpty();
        JsonNode article =
                body(get("/api/v1/articles/" + articleId, editor).expectStatus().isOk());
        assertThat(article.path("commentCount").asInt()).isZero();
        assertThat(article.path("version").asLong()).isEqualTo(1);

        var invalid = moderate(editor, id, "NOPE");
        invalid.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(body(invalid))).containsExactly("status");
        send(HttpMethod.PATCH, "/api/v1/comments/" + id, editor, "{}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("status");
        send(HttpMethod.PATCH, "/api/v1/comments/" + id, editor, "{\"status\": null}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("status");
        send(HttpMethod.PATCH, "/api/v1/comments/" + id, editor, "{\"status\": \"APPROVED\", \"body\": \"edited\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("body");
        moderate(editor, UUID.randomUUID().toString(), "APPROVED")
                .expectStatus()
                .isNotFound();
        get("/api/v1/comments/" + id, editor)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REJECTED")
                .jsonPath("$.body")
                .isEqualTo("Moderate me");
        assertThat(commentCount(articleId)).isZero();
    }

    @Test
    void moderationHonoursIfMatch() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        String id = pending(articleId, "Contested");
        String path = "/api/v1/comments/" + id;
        String etag = get(path, editor)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        http.get()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();

        http.patch()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"status\": \"APPROVED\"}")
                .exchange()
                .expectStatus()
                .isOk();
        http.patch()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"status\": \"SPAM\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        send(HttpMethod.PATCH, path, editor, "{\"status\": \"SPAM\", \"version\": 0}")
                .expectStatus()
                .isEqualTo(412);
        http.delete()
                .uri(path)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag)
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        get(path, editor)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("APPROVED");
        assertThat(commentCount(articleId)).isEqualTo(1);
    }

    @Test
    void anEditorsOwnCommentIsApprovedAtOnce() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        JsonNode posted = body(post(articleId, editor, comment("The editor", "Thanks for reading"))
                .expectStatus()
                .isCreated());
        assertThat(posted.path("status").asString()).isEqualTo("APPROVED");
        assertThat(posted.has("authorEmail")).isFalse();
        assertThat(commentCount(articleId)).isEqualTo(1);
        assertThat(ids(publicList(articleId))).containsExactly(posted.path("id").asString());

        JsonNode byAdmin = body(post(articleId, adminToken(), comment("The admin", "Me too"))
                .expectStatus()
                .isCreated());
        assertThat(byAdmin.path("status").asString()).isEqualTo("APPROVED");
        JsonNode byAuthor = body(post(articleId, signedIn("AUTHOR"), comment("An author", "Not an editor"))
                .expectStatus()
                .isCreated());
        assertThat(byAuthor.path("status").asString()).isEqualTo("PENDING");
        assertThat(commentCount(articleId)).isEqualTo(2);
    }

    @Test
    void deletingACommentUpdatesTheCount() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        String parent = approved(articleId, editor, "Parent");
        String kept = approved(articleId, editor, "Kept");
        String child = body(post(articleId, null, reply(parent, "Child"))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        moderate(editor, child, "APPROVED").expectStatus().isOk();
        String waiting = pending(articleId, "Waiting");
        assertThat(commentCount(articleId)).isEqualTo(3);

        send(HttpMethod.DELETE, "/api/v1/comments/" + waiting, editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(commentCount(articleId)).isEqualTo(3);
        send(HttpMethod.DELETE, "/api/v1/comments/" + kept, editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(commentCount(articleId)).isEqualTo(2);
        get("/api/v1/comments/" + kept, editor).expectStatus().isNotFound();
        send(HttpMethod.DELETE, "/api/v1/comments/" + kept, editor, null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ids(publicList(articleId))).containsExactly(parent, child);

        // A comment with replies stays as a placeholder; it goes with its last reply.
        send(HttpMethod.DELETE, "/api/v1/comments/" + parent, editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(commentCount(articleId)).isEqualTo(1);
        JsonNode thread = publicList(articleId).path("content");
        assertThat(ids(publicList(articleId))).containsExactly(parent, child);
        assertThat(thread.get(0).path("removed").asBoolean()).isTrue();
        assertThat(thread.get(0).path("body").isNull()).isTrue();
        assertThat(thread.get(0).path("authorName").isNull()).isTrue();
        assertThat(thread.get(0).path("bodyHtml").asString()).isEmpty();
        assertThat(thread.get(1).path("body").asString()).isEqualTo("Child");
        // One rule for every view: a removed comment's author and text are null, for editors too.
        JsonNode forEditors =
                body(get("/api/v1/comments/" + parent, editor).expectStatus().isOk());
        assertThat(forEditors.path("removed").asBoolean()).isTrue();
        assertThat(forEditors.path("body").isNull()).isTrue();
        assertThat(forEditors.path("authorName").isNull()).isTrue();
        assertThat(forEditors.path("authorEmail").isNull()).isTrue();
        JsonNode inQueue = body(get("/api/v1/comments?article=" + articleId, editor)
                        .expectStatus()
                        .isOk())
                .path("content");
        inQueue.forEach(c -> {
            if (c.path("id").asString().equals(parent)) {
                assertThat(c.path("body").isNull()).isTrue();
            }
        });
        send(HttpMethod.DELETE, "/api/v1/comments/" + child, editor, null)
                .expectStatus()
                .isNoContent();
        get("/api/v1/comments/" + parent, editor).expectStatus().isNotFound();
        assertThat(commentCount(articleId)).isZero();
        assertThat(publicList(articleId).path("content")).isEmpty();
        assertThat(body(get("/api/v1/comments?article=" + articleId, editor)
                                .expectStatus()
                                .isOk())
                        .path("content"))
                .isEmpty();
    }

    @Test
    void postingIsRateLimitedPerClient() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        String ip = clientIp();
        int created = 0;
        org.springframework.test.web.servlet.client.EntityExchangeResult<String> limited = null;
        // Five fit in the window; a token refills only every twelve seconds, so one of the next few is refused.
        for (int i = 0; i < 8 && limited == null; i++) {
            var result = postFrom(ip, articleId, null, comment("Flooder", "Post " + i))
                    .returnResult(String.class);
            if (result.getStatus().value() == 429) {
                limited = result;
            } else {
                assertThat(result.getStatus().value()).as("post %d", i).isEqualTo(201);
                created++;
            }
        }
        assertThat(created).isBetween(5, 7);
        assertThat(limited).as("a 429 after %d comments", created).isNotNull();
        assertThat(limited.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(limited.getResponseHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
        JsonNode problem = json(limited.getResponseBody());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/articles/" + articleId + "/comments");

        postFrom(ip, articleId, null, comment("Flooder", "Again"))
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After");
        postFrom(clientIp(), articleId, null, comment("Someone else", "Unaffected"))
                .expectStatus()
                .isCreated();
        JsonNode queue = body(get("/api/v1/comments?article=" + articleId + "&size=100", editor)
                .expectStatus()
                .isOk());
        assertThat(queue.path("page").path("totalElements").asInt()).isEqualTo(created + 1);
    }

    @Test
    void commentsGoWithTheirArticle() {
        String editor = signedIn("EDITOR");
        String articleId = published(signedIn("AUTHOR"), editor);
        String accepted = approved(articleId, editor, "Accepted");
        String waiting = pending(articleId, "Waiting");
        get("/api/v1/comments/" + accepted, editor).expectStatus().isOk();

        send(HttpMethod.DELETE, "/api/v1/articles/" + articleId, editor, null)
                .expectStatus()
                .isNoContent();
        get("/api/v1/comments/" + accepted, editor)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/v1/comments/" + waiting, editor).expectStatus().isNotFound();
        assertThat(body(get("/api/v1/comments?article=" + articleId, editor)
                                .expectStatus()
                                .isOk())
                        .path("content"))
                .isEmpty();
        get("/api/v1/articles/" + articleId + "/comments", null).expectStatus().isNotFound();
        post(articleId, null, comment("Reader", "Too late")).expectStatus().isNotFound();
    }
}
