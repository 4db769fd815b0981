package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Users' avatars: an asset id on write, the asset's files on every read of the user and on the author page; only
 * images the writer may see; an asset an avatar uses cannot be deleted. And who changes which profile.
 */
abstract class AuthorAvatarsTests extends MediaHttp {

    private JsonNode patch(String path, String token, String json, int status) {
        return body(send(HttpMethod.PATCH, path, token, json).expectStatus().isEqualTo(status));
    }

    @Test
    void anAuthorSetsTheirOwnAvatarAndBioWhichTheirUserAndAuthorPageShow() {
        SignedIn author = signedInUser("AUTHOR");
        JsonNode asset = uploaded(author.token(), ImageFixtures.uniqueJpeg(1200, 1200), "me.jpg", "Ada at her desk");
        String assetId = asset.path("id").asString();

        JsonNode me = patch("/api/v1/users/me", author.token(), """
                {"avatar": "%s", "bio": "Writes about trams.", "displayName": "Ada L."}""".formatted(assetId), 200);
        JsonNode avatar = me.path("avatar");
        assertThat(avatar.path("assetId").asString()).isEqualTo(assetId);
        assertThat(avatar.path("alt").asString()).isEqualTo("Ada at her desk");
        assertThat(avatar.path("url").asString()).isEqualTo(asset.path("url").asString());
        assertThat(avatar.path("width").asInt()).isEqualTo(1200);
        assertThat(avatar.path("height").asInt()).isEqualTo(1200);
        assertThat(avatar.path("renditions")).isEqualTo(asset.path("renditions"));
        assertThat(me.path("bio").asString()).isEqualTo("Writes about trams.");
        assertThat(me.path("displayName").asString()).isEqualTo("Ada L.");
        assertThat(me.path("roles").get(0).asString()).isEqualTo("AUTHOR");

        assertThat(body(get("/api/v1/users/me", author.token()).expectStatus().isOk())
                        .path("avatar"))
                .isEqualTo(avatar);
        assertThat(body(get("/api/v1/users/" + author.id(), adminToken())
                                .expectStatus()
                                .isOk())
                        .path("avatar"))
                .isEqualTo(avatar);

        String editor = signedIn("EDITOR");
        given.publish(editor, given.draft(author.token()).path("id").asString());
        JsonNode page = body(
                get("/api/v1/authors/" + author.username(), null).expectStatus().isOk());
        assertThat(page.path("avatar")).isEqualTo(avatar);
        assertThat(page.path("bio").asString()).isEqualTo("Writes about trams.");
        assertThat(page.path("displayName").asString()).isEqualTo("Ada L.");

        // An absent avatar stays; null removes it.
        assertThat(patch("/api/v1/users/me", author.token(), "{\"bio\": \"Trams.\"}", 200)
                        .path("avatar"))
                .isEqualTo(avatar);
        assertThat(patch("/api/v1/users/me", author.token(), "{\"avatar\": null}", 200)
                        .path("avatar")
                        .isNull())
                .isTrue();
        assertThat(body(get("/api/v1/authors/" + author.username(), null)
                                .expectStatus()
                                .isOk())
                        .path("avatar")
                        .isNull())
                .isTrue();
    }

    @Test
    void adminsSetAvatarsWhenCreatingAndChangingUsers() {
        String admin = adminToken();
        String assetId = uploaded(admin, ImageFixtures.uniqueJpeg(400, 400), "face.jpg")
                .path("id")
                .asString();
        String username = unique("pictured");
        JsonNode created = body(send(HttpMethod.POST, "/api/v1/users", admin, """
                        {"username": "%s", "password": "%s", "bio": "New here.", "avatar": "%s"}""".formatted(
                                username, "pw-" + java.util.UUID.randomUUID(), assetId))
                .expectStatus()
                .isCreated());
        assertThat(created.path("avatar").path("assetId").asString()).isEqualTo(assetId);
        assertThat(created.path("bio").asString()).isEqualTo("New here.");
        String id = created.path("id").asString();

        JsonNode listed = body(get("/api/v1/users?size=100&sort=createdAt,desc", admin)
                .expectStatus()
                .isOk());
        JsonNode item = null;
        for (JsonNode user : listed.path("content")) {
            if (user.path("id").asString().equals(id)) {
                item = user;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.path("avatar")).isEqualTo(created.path("avatar"));

        assertThat(patch("/api/v1/users/" + id, admin, "{\"avatar\": null}", 200)
                        .path("avatar")
                        .isNull())
                .isTrue();
        send(HttpMethod.DELETE, "/api/v1/assets/" + assetId, admin, null)
                .expectStatus()
                .isNoContent();
    }

    @Test
    void refusesAnAvatarThatIsNoImageTheWriterCanSee() {
        SignedIn author = signedInUser("AUTHOR");
        String othersAsset = uploaded(signedIn("AUTHOR"), ImageFixtures.uniqueJpeg(300, 300), "theirs.jpg")
                .path("id")
                .asString();
        for (String avatar :
                new String[] {"\"" + java.util.UUID.randomUUID() + "\"", "\"" + othersAsset + "\"", "\"not-an-id\""}) {
            JsonNode problem = patch("/api/v1/users/me", author.token(), "{\"avatar\": %s}".formatted(avatar), 400);
            assertProblem(problem, 400, null, "avatar");
        }
        String username = unique("nobody");
        JsonNode problem = body(send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                        {"username": "%s", "password": "%s", "avatar": "%s"}""".formatted(
                                username, "pw-" + java.util.UUID.randomUUID(), java.util.UUID.randomUUID()))
                .expectStatus()
                .isBadRequest());
        assertProblem(problem, 400, null, "avatar");
        // Nothing half-made: the refused user does not exist.
        assertThat(jdbc.queryForObject("select count(*) from users where username = ?", Long.class, username))
                .isZero();
        assertProblem(
                patch("/api/v1/users/me", author.token(), "{\"bio\": \"%s\"}".formatted("b".repeat(2001)), 400),
                400,
                null,
                "bio");
        assertProblem(
                patch("/api/v1/users/me", author.token(), "{\"displayName\": \"  \"}", 400), 400, null, "displayName");
    }

    @Test
    void refusesToDeleteAnAssetUsedAsAnAvatarNamingTheUser() {
        SignedIn author = signedInUser("AUTHOR");
        String assetId = uploaded(author.token(), ImageFixtures.uniqueJpeg(300, 300), "me.jpg")
                .path("id")
                .asString();
        patch("/api/v1/users/me", author.token(), "{\"avatar\": \"%s\"}".formatted(assetId), 200);
        String editor = signedIn("EDITOR");

        JsonNode problem = body(send(HttpMethod.DELETE, "/api/v1/assets/" + assetId, editor, null)
                .expectStatus()
                .isEqualTo(409));
        assertProblem(problem, 409, "urn:quire:problem:asset-in-use", null);
        assertThat(problem.path("usedBy").get(0).path("type").asString()).isEqualTo("user");
        assertThat(problem.path("usedBy").get(0).path("id").asString()).isEqualTo(author.id());

        // Another avatar frees the first asset.
        String next = uploaded(author.token(), ImageFixtures.uniqueJpeg(310, 310), "me2.jpg")
                .path("id")
                .asString();
        patch("/api/v1/users/me", author.token(), "{\"avatar\": \"%s\"}".formatted(next), 200);
        send(HttpMethod.DELETE, "/api/v1/assets/" + assetId, editor, null)
                .expectStatus()
                .isNoContent();
    }

    @Test
    void onlyAdminsChangeAccountsAndNobodyTheirOwnRole() {
        SignedIn author = signedInUser("AUTHOR");
        SignedIn other = signedInUser("AUTHOR");
        String editor = signedIn("EDITOR");

        JsonNode own = patch("/api/v1/users/" + author.id(), author.token(), "{\"roles\": [\"ADMIN\"]}", 403);
        assertThat(own.path("detail").asString())
                .contains("PATCH /api/v1/users/me")
                .contains("administrator");
        JsonNode others = patch("/api/v1/users/" + other.id(), editor, "{\"bio\": \"Hijacked.\"}", 403);
        assertThat(others.path("detail").asString())
                .contains("another person's account")
                .contains("PATCH /api/v1/users/me");

        // The profile takes no role: an unknown field is refused, and the role stays.
        send(HttpMethod.PATCH, "/api/v1/users/me", author.token(), "{\"roles\": [\"ADMIN\"]}")
                .expectStatus()
                .isBadRequest();
        JsonNode me =
                body(get("/api/v1/users/me", author.token()).expectStatus().isOk());
        assertThat(me.path("roles").size()).isEqualTo(1);
        assertThat(me.path("roles").get(0).asString()).isEqualTo("AUTHOR");
        assertThat(body(get("/api/v1/users/" + other.id(), adminToken())
                                .expectStatus()
                                .isOk())
                        .path("bio")
                        .isNull())
                .isTrue();
    }
}
