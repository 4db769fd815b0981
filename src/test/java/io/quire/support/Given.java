package io.quire.support;

import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The situations tests start from, made through the API as a client would: a signed-in author
 * or editor, a draft, a published article. Each is new, with names no other test uses.
 */
public final class Given {

    private final ApiTest api;

    Given(ApiTest api) {
        this.api = api;
    }

    /** The token of a new user with the role AUTHOR. */
    public String author() {
        return api.signedIn("AUTHOR");
    }

    /** The token of a new user with the role EDITOR. */
    public String editor() {
        return api.signedIn("EDITOR");
    }

    /** A new draft of the caller's, with a title no other article has. */
    public JsonNode draft(String token) {
        return draft(token, """
                {"title": "%s", "summary": "In short.", "body": "Some **bold** text."}""".formatted(ApiTest.unique("Draft")));
    }

    /** A new draft of the caller's, created from this JSON. */
    public JsonNode draft(String token, String json) {
        return ApiTest.body(api.send(HttpMethod.POST, "/api/v1/articles", token, json)
                .expectStatus()
                .isCreated());
    }

    /** The article published now by an editor; the article as it is afterwards. */
    public JsonNode publish(String editor, String id) {
        return ApiTest.body(api.send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, null)
                .expectStatus()
                .isOk());
    }

    /** A new article of the editor's, published now. */
    public JsonNode published(String editor) {
        return publish(editor, draft(editor).path("id").asString());
    }

    /** A new article created from this JSON, published now by the editor. */
    public JsonNode published(String editor, String json) {
        return publish(editor, draft(editor, json).path("id").asString());
    }
}
