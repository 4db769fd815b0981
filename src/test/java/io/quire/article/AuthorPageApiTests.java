package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Author pages: public for authors with published work, 404 for everyone else, never an e-mail or a role. */
abstract class AuthorPageApiTests extends ApiTest {

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void anAuthorWithPublishedWorkHasAPublicPageWithTheirBio() {
        SignedIn author = signedInUser("AUTHOR");
        String editor = given.editor();
        send(HttpMethod.PATCH, "/api/v1/users/" + author.id(), adminToken(), """
                        {"bio": "  Writes about chips.  "}""")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bio")
                .isEqualTo("Writes about chips.");
        String draftOne = given.draft(author.token()).path("id").asString();
        given.draft(author.token());
        given.publish(editor, draftOne);

        for (String token : new String[] {null, editor}) {
            JsonNode page = body(get("/api/v1/authors/" + author.username(), token)
                    .expectStatus()
                    .isOk());
            assertThat(names(page))
                    .containsExactlyInAnyOrder("username", "displayName", "bio", "avatar", "articleCount");
            assertThat(page.path("username").asString()).isEqualTo(author.username());
            assertThat(page.path("displayName").asString()).isEqualTo("User " + author.username());
            assertThat(page.path("bio").asString()).isEqualTo("Writes about chips.");
            assertThat(page.path("articleCount").asLong()).isEqualTo(1);
        }
        // A blank bio removes it.
        send(HttpMethod.PATCH, "/api/v1/users/" + author.id(), adminToken(), """
                        {"bio": " "}""")
                .expectStatus()
                .isOk();
        assertThat(body(get("/api/v1/authors/" + author.username(), null))
                        .path("bio")
                        .isNull())
                .isTrue();
    }

    @Test
    void usersWithoutPublishedWorkAreNotAuthors() {
        SignedIn author = signedInUser("AUTHOR");
        String editor = given.editor();
        JsonNode problem = body(
                get("/api/v1/authors/" + author.username(), null).expectStatus().isNotFound());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        // Drafts do not make an author; an unpublished article stops counting.
        String id = given.draft(author.token()).path("id").asString();
        get("/api/v1/authors/" + author.username(), editor).expectStatus().isNotFound();
        given.publish(editor, id);
        get("/api/v1/authors/" + author.username(), null).expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/articles/" + id + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        JsonNode unknown = body(
                get("/api/v1/authors/" + author.username(), null).expectStatus().isNotFound());
        JsonNode nobody = body(
                get("/api/v1/authors/" + unique("nobody"), null).expectStatus().isNotFound());
        assertThat(unknown.path("title").asString())
                .isEqualTo(nobody.path("title").asString());
    }

    @Test
    void bioIsLimitedTo2000Characters() {
        SignedIn author = signedInUser("AUTHOR");
        JsonNode problem = body(
                send(HttpMethod.PATCH, "/api/v1/users/" + author.id(), adminToken(), """
                        {"bio": "%s"}""".formatted("b".repeat(2001)))
                        .expectStatus()
                        .isBadRequest());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("bio");
        // An author changes their own bio through their profile, not through the admins' user resource.
        send(HttpMethod.PATCH, "/api/v1/users/" + author.id(), author.token(), """
                        {"bio": "Mine."}""")
                .expectStatus()
                .isForbidden();
        send(HttpMethod.PATCH, "/api/v1/users/me", author.token(), """
                        {"bio": "Mine."}""")
                .expectStatus()
                .isOk();
    }
}
