package io.quire.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** API keys for sites, run on H2 and on PostgreSQL by the subclasses. */
abstract class ApiKeyApiTests extends ApiTest {

    private static final String KEYS = "/api/v1/api-keys";

    private JsonNode create(String scope) {
        return body(send(HttpMethod.POST, KEYS, adminToken(), """
                {"name": "%s", "scope": "%s"}""".formatted(unique("site"), scope))
                .expectStatus()
                .isCreated());
    }

    private String key(String scope) {
        return create(scope).path("key").asString();
    }

    private JsonNode listed(String id) {
        JsonNode page = body(get(KEYS + "?size=100&sort=createdAt,desc", adminToken())
                .expectStatus()
                .isOk());
        for (JsonNode key : page.path("content")) {
            if (key.path("id").asString().equals(id)) {
                return key;
            }
        }
        throw new AssertionError("key " + id + " is not listed");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    /** An article in each unpublished state the preview mode shows: draft, in review, scheduled. */
    private List<JsonNode> unpublished(String editor) {
        JsonNode draft = given.draft(editor);
        JsonNode inReview = given.draft(editor);
        send(HttpMethod.POST, "/api/v1/articles/" + inReview.path("id").asString() + "/submit", editor, null)
                .expectStatus()
                .isOk();
        JsonNode scheduled = given.draft(editor);
        String at = clock.instant().plus(Duration.ofDays(30)).toString();
        send(HttpMethod.POST, "/api/v1/articles/" + scheduled.path("id").asString() + "/publish", editor, """
                {"publishAt": "%s"}""".formatted(
                                at))
                .expectStatus()
                .isOk();
        return List.of(draft, inReview, scheduled);
    }

    @Test
    void showsTheKeyOnceAndKeepsOnlyItsDescription() {
        JsonNode created = create("preview");
        assertThat(created.path("key").asString()).matches("quire_key_[A-Za-z0-9_-]{43}");
        assertThat(created.path("scope").asString()).isEqualTo("preview");
        assertThat(created.path("createdAt").asString()).isNotBlank();
        assertThat(created.path("lastUsedAt").isNull()).isTrue();

        JsonNode listed = listed(created.path("id").asString());
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.path("name").asString())
                .isEqualTo(created.path("name").asString());
        assertThat(listed.path("scope").asString()).isEqualTo("preview");
        assertThat(listed.toString()).doesNotContain(created.path("key").asString());
    }

    @Test
    void onlyAdminsManageKeys() {
        String editor = given.editor();
        get(KEYS, null).expectStatus().isUnauthorized();
        get(KEYS, editor).expectStatus().isForbidden();
        send(HttpMethod.POST, KEYS, editor, "{\"name\": \"x\", \"scope\": \"content\"}")
                .expectStatus()
                .isForbidden();
        send(HttpMethod.DELETE, KEYS + "/" + create("content").path("id").asString(), editor, null)
                .expectStatus()
                .isForbidden();
    }

    @Test
    void refusesAKeyWithoutANameOrWithAnUnknownScope() {
        JsonNode blank = body(send(HttpMethod.POST, KEYS, adminToken(), "{\"name\": \"  \", \"scope\": \"content\"}")
                .expectStatus()
                .isBadRequest());
        assertThat(fields(blank)).containsExactly("name");
        JsonNode scope = body(send(HttpMethod.POST, KEYS, adminToken(), "{\"name\": \"site\", \"scope\": \"admin\"}")
                .expectStatus()
                .isBadRequest());
        assertThat(fields(scope)).containsExactly("scope");
        JsonNode missing = body(send(HttpMethod.POST, KEYS, adminToken(), "{\"name\": \"site\"}")
                .expectStatus()
                .isBadRequest());
        assertThat(fields(missing)).containsExactly("scope");
        send(HttpMethod.DELETE, KEYS + "/00000000-0000-0000-0000-000000000000", adminToken(), null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aPreviewKeyReadsDraftsInReviewAndScheduledArticlesByIdBySlugAndInLists() {
        String editor = given.editor();
        String preview = key("preview");
        for (JsonNode article : unpublished(editor)) {
            String id = article.path("id").asString();
            String status = body(get("/api/v1/articles/" + id, preview)
                            .expectStatus()
                            .isOk())
                    .path("status")
                    .asString();
            assertThat(status).isNotEqualTo("PUBLISHED");
            JsonNode bySlug =
                    body(get("/api/v1/articles/slug/" + article.path("slug").asString(), preview)
                            .expectStatus()
                            .isOk());
            assertThat(bySlug.path("id").asString()).isEqualTo(id);
            JsonNode list = body(get("/api/v1/articles?size=100&status=" + status, preview)
                    .expectStatus()
                    .isOk());
            assertThat(list.path("content").findValuesAsString("id")).contains(id);
            // The public does not see it.
            get("/api/v1/articles/" + id, null).expectStatus().isNotFound();
        }
    }

    @Test
    void aContentKeySeesExactlyWhatThePublicSees() {
        String editor = given.editor();
        String content = key("content");
        for (JsonNode article : unpublished(editor)) {
            get("/api/v1/articles/" + article.path("id").asString(), content)
                    .expectStatus()
                    .isNotFound();
            get("/api/v1/articles/slug/" + article.path("slug").asString(), content)
                    .expectStatus()
                    .isNotFound();
        }
        JsonNode published = given.published(editor);
        get("/api/v1/articles/" + published.path("id").asString(), content)
                .expectStatus()
                .isOk();
        for (String status : List.of("DRAFT", "IN_REVIEW", "SCHEDULED")) {
            String query = "/api/v1/articles?size=5&status=" + status;
            JsonNode withKey = body(get(query, content).expectStatus().isOk());
            JsonNode anonymous = body(get(query, null).expectStatus().isOk());
            assertThat(withKey.path("content").size()).isZero();
            assertThat(withKey.path("content")).isEqualTo(anonymous.path("content"));
        }
        String list = "/api/v1/articles?size=5";
        assertThat(body(get(list, content).expectStatus().isOk()).path("content"))
                .isEqualTo(body(get(list, null).expectStatus().isOk()).path("content"));
    }

    @Test
    void keysNeverWrite() {
        String editor = given.editor();
        String draftId = given.draft(editor).path("id").asString();
        String publishedId = given.published(editor).path("id").asString();
        for (String key : List.of(key("preview"), key("content"))) {
            List<RestTestClient.ResponseSpec> writes = List.of(
                    send(HttpMethod.POST, "/api/v1/articles", key, "{\"title\": \"By a key\"}"),
                    send(HttpMethod.PATCH, "/api/v1/articles/" + draftId, key, "{\"title\": \"Changed\"}"),
                    send(HttpMethod.PUT, "/api/v1/articles/" + draftId, key, "{\"title\": \"Changed\"}"),
                    send(HttpMethod.POST, "/api/v1/articles/" + draftId + "/publish", key, null),
                    send(HttpMethod.POST, "/api/v1/articles/" + draftId + "/submit", key, null),
                    send(HttpMethod.DELETE, "/api/v1/articles/" + draftId, key, null),
                    send(HttpMethod.POST, "/api/v1/articles/" + publishedId + "/comments", key, """
                            {"authorName": "Site", "authorEmail": "site@example.org", "body": "Hi"}"""),
                    send(HttpMethod.POST, "/api/v1/tags", key, "{\"name\": \"" + unique("tag") + "\"}"),
                    send(HttpMethod.POST, KEYS, key, "{\"name\": \"more\", \"scope\": \"preview\"}"),
                    send(HttpMethod.POST, "/api/v1/users", key, "{\"username\": \"x\", \"password\": \"y\"}"));
            for (RestTestClient.ResponseSpec write : writes) {
                JsonNode problem = body(write.expectStatus()
                        .isForbidden()
                        .expectHeader()
                        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
                assertThat(problem.path("type").asString()).isEqualTo("urn:quire:problem:forbidden");
                assertThat(problem.path("detail").asString()).contains("API key");
            }
            get("/api/v1/users/me", key).expectStatus().isForbidden();
            get(KEYS, key).expectStatus().isForbidden();
        }
        assertThat(body(get("/api/v1/articles/" + draftId, editor)
                                .expectStatus()
                                .isOk())
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void malformedUnknownAndRevokedKeysGetTheSameAnswer() {
        JsonNode created = create("preview");
        String revoked = created.path("key").asString();
        get("/api/v1/articles", revoked).expectStatus().isOk();
        send(HttpMethod.DELETE, KEYS + "/" + created.path("id").asString(), adminToken(), null)
                .expectStatus()
                .isNoContent();

        String unknown = "quire_key_" + "A".repeat(43);
        List<JsonNode> problems = new ArrayList<>();
        for (String key : List.of(revoked, unknown, "quire_key_short", "quire_key_" + "é".repeat(43))) {
            JsonNode problem = body(get("/api/v1/articles", key)
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
            problems.add(problem);
        }
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.path("status").asInt()).isEqualTo(401);
            assertThat(p).isEqualTo(problems.get(0));
        });
        assertThat(listedOrNull(created.path("id").asString())).isNull();
    }

    private JsonNode listedOrNull(String id) {
        try {
            return listed(id);
        } catch (AssertionError e) {
            return null;
        }
    }

    @Test
    void recordsWhenAKeyWasLastUsedAtMostOnceAMinute() {
        JsonNode created = create("content");
        String id = created.path("id").asString();
        String key = created.path("key").asString();

        Instant before = clock.instant();
        get("/api/v1/tags", key).expectStatus().isOk();
        Instant first = Instant.parse(listed(id).path("lastUsedAt").asString());
        assertThat(first).isBetween(before, clock.instant());

        clock.advance(Duration.ofSeconds(30));
        get("/api/v1/tags", key).expectStatus().isOk();
        assertThat(Instant.parse(listed(id).path("lastUsedAt").asString())).isEqualTo(first);

        clock.advance(Duration.ofSeconds(31));
        get("/api/v1/tags", key).expectStatus().isOk();
        assertThat(Instant.parse(listed(id).path("lastUsedAt").asString())).isAfter(first);
    }
}
