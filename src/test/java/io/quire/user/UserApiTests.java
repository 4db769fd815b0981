package io.quire.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** User management by admins, run on H2 and on PostgreSQL by the subclasses. */
abstract class UserApiTests extends ApiTest {

    private static final String USERS = "/api/v1/users";

    private RestTestClient.ResponseSpec create(String json) {
        return send(HttpMethod.POST, USERS, adminToken(), json);
    }

    /** Creates a user with the role and password and returns them as the API shows them. */
    private JsonNode user(String role, String password) {
        return body(create("""
                {"username": "%s", "password": "%s", "roles": ["%s"]}""".formatted(unique(role.toLowerCase()), password, role))
                .expectStatus()
                .isCreated());
    }

    private RestTestClient.ResponseSpec patch(String id, String token, String json, String ifMatch) {
        var request = http.patch()
                .uri(USERS + "/" + id)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.valueOf("application/merge-patch+json"));
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(json).exchange();
    }

    private RestTestClient.ResponseSpec signIn(String username, String password) {
        return http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=password&username=" + username + "&password=" + password)
                .exchange();
    }

    private static String etag(RestTestClient.ResponseSpec response) {
        return response.returnResult(String.class).getResponseHeaders().getETag();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static void assertProblem(RestTestClient.ResponseSpec response, int status) {
        response.expectStatus().isEqualTo(status).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).startsWith("/api/v1/");
    }

    /** Every username of the list in the given order, following the pages to the last. */
    private List<String> allUsernames(String sort) {
        List<String> names = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body =
                    body(get(USERS + "?size=100&page=" + page + (sort == null ? "" : "&sort=" + sort), adminToken())
                            .expectStatus()
                            .isOk());
            body.path("content").forEach(u -> names.add(u.path("username").asString()));
            if (page >= body.path("page").path("totalPages").asInt() - 1) {
                return names;
            }
        }
    }

    @Test
    void adminCreatesAnAuthorByDefaultNamedAfterTheUsername() {
        String username = unique("ada");
        var response = create("""
                {"username": "%s", "password": "correct-horse-battery"}""".formatted(username));
        response.expectStatus()
                .isCreated()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader()
                .exists(HttpHeaders.ETAG);
        String location = response.returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .toString();
        String raw = response.returnResult(String.class).getResponseBody();
        JsonNode user = json(raw);
        String id = user.path("id").asString();
        assertThat(location).endsWith(USERS + "/" + id);
        assertThat(user.path("username").asString()).isEqualTo(username);
        assertThat(user.path("displayName").asString()).isEqualTo(username);
        assertThat(user.path("roles").toString()).isEqualTo("[\"AUTHOR\"]");
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(user.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(raw).doesNotContainIgnoringCase("password").doesNotContain("correct-horse-battery");

        var fetched = get(USERS + "/" + id, adminToken());
        fetched.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, etag(response));
        assertThat(body(fetched)).isEqualTo(user);
    }

    @Test
    void adminCreatesAUserWithRolesAndDisplayName() {
        String username = unique("grace");
        JsonNode user = body(create("""
                {"username": "%s", "password": "correct-horse-battery", "displayName": " Grace Hopper ",
                 "roles": ["EDITOR"]}""".formatted(username)).expectStatus().isCreated());
        assertThat(user.path("displayName").asString()).isEqualTo("Grace Hopper");
        assertThat(user.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
    }

    @Test
    void refusesADuplicateUsername() {
        String username = unique("twin");
        create("""
                {"username": "%s", "password": "correct-horse-battery"}""".formatted(username)).expectStatus().isCreated();
        var again = create("""
                {"username": "%s", "password": "another-password"}""".formatted(username));
        assertProblem(again, 409);
        assertThat(fields(body(again))).containsExactly("username");
    }

    @Test
    void namesTheBrokenFieldOfAnInvalidUser() {
        String valid = "\"password\": \"correct-horse-battery\"";
        Map<String, String> cases = Map.of(
                "{\"username\": \"Not Valid!\", " + valid + "}", "username",
                "{\"username\": \"ab\", " + valid + "}", "username",
                "{" + valid + "}", "username",
                "{\"username\": \"" + unique("u") + "\", \"password\": \"short\"}", "password",
                "{\"username\": \"" + unique("u") + "\"}", "password",
                "{\"username\": \"" + unique("u") + "\", " + valid + ", \"roles\": [\"OWNER\"]}", "roles",
                "{\"username\": \"" + unique("u") + "\", " + valid + ", \"roles\": []}", "roles",
                "{\"username\": \"" + unique("u") + "\", " + valid + ", \"admin\": true}", "admin",
                "{\"username\": \"" + unique("u") + "\", " + valid + ", \"id\": \"" + UUID.randomUUID() + "\"}", "id",
                "{\"username\": \"" + unique("u") + "\", " + valid + ", \"displayName\": \"   \"}", "displayName");
        cases.forEach((json, field) -> {
            var response = create(json);
            assertProblem(response, 400);
            List<String> named = fields(body(response));
            assertThat(named).as(json).isNotEmpty().allMatch(f -> f.equals(field) || f.startsWith(field + "["));
        });
    }

    @Test
    void refusesPasswordsThatAreEasyToGuessAndSaysWhy() {
        Map<String, String> weak = Map.of(
                "password", "This is a top-10 common password.",
                "12345678", "This is a top-10 common password.",
                "qwertyuiop", "This is a top-100 common password.",
                "Password1!", "This is similar to a commonly used password.",
                "summer2024", "This is similar to a commonly used password.");
        weak.forEach((password, why) -> {
            var response = create("""
                    {"username": "%s", "password": "%s"}""".formatted(unique("weak"), password));
            assertProblem(response, 400);
            JsonNode problem = body(response);
            assertThat(fields(problem)).as(password).containsExactly("password");
            assertThat(problem.path("errors").get(0).path("message").asString())
                    .as(password)
                    .startsWith("is too easy to guess: " + why)
                    .contains("Add another word or two.");
        });
        String username = unique("grace-hopper");
        assertProblem(create("""
                        {"username": "%s", "password": "%s"}""".formatted(username, username)), 400);

        String id = user("AUTHOR", "correct-horse-battery").path("id").asString();
        var change = patch(id, adminToken(), "{\"password\": \"iloveyou123\"}", null);
        assertProblem(change, 400);
        assertThat(fields(body(change))).containsExactly("password");
        patch(id, adminToken(), "{\"password\": \"" + "plum-kettle-orbit-" + UUID.randomUUID() + "\"}", null)
                .expectStatus()
                .isOk();
    }

    @Test
    void onlyAdminsManageUsers() {
        String someone = user("AUTHOR", "correct-horse-battery").path("id").asString();
        for (String token : List.of(signedIn("AUTHOR"), signedIn("EDITOR"))) {
            assertProblem(get(USERS, token), 403);
            assertProblem(get(USERS + "/" + someone, token), 403);
            assertProblem(send(HttpMethod.POST, USERS, token, """
                    {"username": "%s", "password": "correct-horse-battery"}""".formatted(unique("sneaky"))), 403);
            assertProblem(patch(someone, token, "{\"roles\": [\"ADMIN\"]}", null), 403);
            get(USERS + "/me", token).expectStatus().isOk();
        }
        for (var anonymous : List.of(
                get(USERS, null),
                get(USERS + "/" + someone, null),
                send(HttpMethod.POST, USERS, null, "{}"),
                send(HttpMethod.PATCH, USERS + "/" + someone, null, "{}"))) {
            anonymous.expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
            assertProblem(anonymous, 401);
        }
        JsonNode unchanged =
                body(get(USERS + "/" + someone, adminToken()).expectStatus().isOk());
        assertThat(unchanged.path("roles").toString()).isEqualTo("[\"AUTHOR\"]");
    }

    @Test
    void listsUsersPagedAndSortedByUsername() {
        String prefix = unique("list");
        for (String suffix : List.of("b", "a", "c")) {
            create("""
                    {"username": "%s-%s", "password": "correct-horse-battery"}""".formatted(prefix, suffix)).expectStatus().isCreated();
        }
        List<String> mine = List.of(prefix + "-a", prefix + "-b", prefix + "-c");

        List<String> ascending = allUsernames(null);
        assertThat(ascending.stream().filter(mine::contains).toList()).containsExactlyElementsOf(mine);
        assertThat(ascending).doesNotHaveDuplicates().contains("admin");
        List<String> descending = allUsernames("username,desc");
        assertThat(descending.stream().filter(mine::contains).toList())
                .containsExactly(prefix + "-c", prefix + "-b", prefix + "-a");
        assertThat(descending).hasSameSizeAs(ascending);

        var firstPage = get(USERS + "?size=2&sort=username,asc", adminToken());
        firstPage
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists(HttpHeaders.ETAG)
                .expectHeader()
                .valueMatches(HttpHeaders.LINK, ".*rel=\"next\".*")
                .expectHeader()
                .valueMatches(HttpHeaders.LINK, ".*rel=\"last\".*");
        JsonNode page = body(firstPage);
        assertThat(page.path("content")).hasSize(2);
        assertThat(page.path("page").path("size").asInt()).isEqualTo(2);
        assertThat(page.path("page").path("number").asInt()).isZero();
        long total = page.path("page").path("totalElements").asLong();
        assertThat(total).isEqualTo(ascending.size());
        assertThat(page.path("page").path("totalPages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(page.path("content").get(0).path("username").asString()).isEqualTo(ascending.get(0));
        assertThat(page.path("content").get(1).path("username").asString()).isEqualTo(ascending.get(1));

        var badSort = get(USERS + "?sort=password", adminToken());
        assertProblem(badSort, 400);
        assertThat(fields(body(badSort))).containsExactly("sort");
        var badSize = get(USERS + "?size=101", adminToken());
        assertProblem(badSize, 400);
        assertThat(fields(body(badSize))).containsExactly("size");
    }

    @Test
    void patchChangesRolesAndDisplayNameWithImmediateEffect() {
        String password = "correct-horse-battery";
        JsonNode user = user("AUTHOR", password);
        String id = user.path("id").asString();
        String token = body(signIn(user.path("username").asString(), password)
                        .expectStatus()
                        .isOk())
                .path("access_token")
                .asString();
        get("/api/v1/comments", token).expectStatus().isForbidden();

        JsonNode promoted =
                body(patch(id, adminToken(), """
                {"roles": ["EDITOR"], "displayName": "Promoted Person"}""", null).expectStatus().isOk());
        assertThat(promoted.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(promoted.path("displayName").asString()).isEqualTo("Promoted Person");
        assertThat(promoted.path("username").asString())
                .isEqualTo(user.path("username").asString());
        get("/api/v1/comments", token).expectStatus().isOk();
        assertThat(body(get(USERS + "/me", token).expectStatus().isOk())
                        .path("roles")
                        .toString())
                .isEqualTo("[\"EDITOR\"]");

        // Plain JSON works too, and an absent field stays as it is.
        JsonNode renamed = body(send(HttpMethod.PATCH, USERS + "/" + id, adminToken(), """
                {"displayName": "Renamed"}""")
                .expectStatus()
                .isOk());
        assertThat(renamed.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(renamed.path("displayName").asString()).isEqualTo("Renamed");

        patch(id, adminToken(), "{\"roles\": [\"AUTHOR\"]}", null)
                .expectStatus()
                .isOk();
        get("/api/v1/comments", token).expectStatus().isForbidden();

        for (String bad : List.of(
                "{\"roles\": []}",
                "{\"roles\": [\"ROOT\"]}",
                "{\"displayName\": \"\"}",
                "{\"displayName\": \"  \"}",
                "{\"username\": \"renamed\"}",
                "{\"password\": \"short\"}",
                "{\"enabled\": \"maybe\"}")) {
            var response = patch(id, adminToken(), bad, null);
            assertProblem(response, 400);
            String field = bad.substring(2, bad.indexOf('"', 2));
            assertThat(fields(body(response)))
                    .as(bad)
                    .isNotEmpty()
                    .allMatch(f -> f.equals(field) || f.startsWith(field + "["));
        }
        JsonNode after = body(get(USERS + "/" + id, adminToken()).expectStatus().isOk());
        assertThat(after.path("displayName").asString()).isEqualTo("Renamed");
        assertThat(after.path("roles").toString()).isEqualTo("[\"AUTHOR\"]");
    }

    @Test
    void disablingAUserEndsTheirTokenAtOnce() {
        String password = "correct-horse-battery";
        JsonNode user = user("EDITOR", password);
        String id = user.path("id").asString();
        String username = user.path("username").asString();
        String token = body(signIn(username, password).expectStatus().isOk())
                .path("access_token")
                .asString();
        get(USERS + "/me", token).expectStatus().isOk();

        JsonNode disabled = body(patch(id, adminToken(), "{\"enabled\": false}", null)
                .expectStatus()
                .isOk());
        assertThat(disabled.path("enabled").asBoolean()).isFalse();

        var refused = get(USERS + "/me", token);
        refused.expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
        assertProblem(refused, 401);
        send(HttpMethod.POST, "/api/v1/articles", token, "{\"title\": \"Still here?\"}")
                .expectStatus()
                .isUnauthorized();
        var signInRefused = signIn(username, password);
        assertProblem(signInRefused, 400);
        JsonNode wrongPassword =
                body(signIn(username, "not-the-password").expectStatus().isBadRequest());
        assertThat(body(signInRefused).path("detail").asString())
                .isEqualTo(wrongPassword.path("detail").asString());

        patch(id, adminToken(), "{\"enabled\": true}", null).expectStatus().isOk();
        signIn(username, password).expectStatus().isOk();
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        var admin = signedInUser("ADMIN");

        var disableSelf = patch(admin.id(), admin.token(), "{\"enabled\": false}", null);
        assertProblem(disableSelf, 409);
        assertProblem(patch(admin.id(), admin.token(), "{\"roles\": [\"EDITOR\"]}", null), 409);
        assertProblem(
                patch(admin.id(), admin.token(), "{\"roles\": [\"AUTHOR\"], \"displayName\": \"Me\"}", null), 409);

        JsonNode self =
                body(get(USERS + "/" + admin.id(), adminToken()).expectStatus().isOk());
        assertThat(self.path("enabled").asBoolean()).isTrue();
        assertThat(self.path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(self.path("displayName").asString()).isNotEqualTo("Me");
        get(USERS, admin.token()).expectStatus().isOk();

        // What does not lock them out is allowed.
        JsonNode renamed =
                body(patch(admin.id(), admin.token(), """
                {"displayName": "Still Admin", "roles": ["ADMIN", "EDITOR"]}""", null).expectStatus().isOk());
        assertThat(renamed.path("displayName").asString()).isEqualTo("Still Admin");
        assertThat(renamed.path("roles").toString()).contains("ADMIN");
    }

    @Test
    void refusesAStaleIfMatchAndChangesNothing() {
        String id = user("AUTHOR", "correct-horse-battery").path("id").asString();
        String read = etag(get(USERS + "/" + id, adminToken()).expectStatus().isOk());
        assertThat(read).matches("\"[0-9a-f]+\"");

        var first = patch(id, adminToken(), "{\"displayName\": \"First\"}", read);
        first.expectStatus().isOk();
        String current = etag(first);
        assertThat(current).isNotEqualTo(read);

        var stale = patch(id, adminToken(), "{\"displayName\": \"Second\"}", read);
        assertProblem(stale, 412);
        assertProblem(patch(id, adminToken(), "{\"displayName\": \"Second\"}", "W/" + current), 412);
        assertProblem(patch(id, adminToken(), "{\"displayName\": \"Second\", \"version\": 0}", null), 412);
        var unchanged = get(USERS + "/" + id, adminToken());
        unchanged.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, current);
        assertThat(body(unchanged).path("displayName").asString()).isEqualTo("First");

        patch(id, adminToken(), "{\"displayName\": \"Second\"}", current)
                .expectStatus()
                .isOk();
    }

    @Test
    void aNewUsersPasswordWorksAtTheTokenEndpointUntilChanged() {
        String password = "first-password-" + UUID.randomUUID();
        JsonNode user = user("AUTHOR", password);
        String username = user.path("username").asString();
        JsonNode token = body(signIn(username, password).expectStatus().isOk());
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body(get(USERS + "/me", token.path("access_token").asString())
                                .expectStatus()
                                .isOk())
                        .path("id")
                        .asString())
                .isEqualTo(user.path("id").asString());

        String changed = "second-password-" + UUID.randomUUID();
        patch(user.path("id").asString(), adminToken(), "{\"password\": \"" + changed + "\"}", null)
                .expectStatus()
                .isOk();
        signIn(username, password).expectStatus().isBadRequest();
        signIn(username, changed).expectStatus().isOk();
    }

    @Test
    void answersUnknownUsersWith404() {
        String missing = UUID.randomUUID().toString();
        assertProblem(get(USERS + "/" + missing, adminToken()), 404);
        assertProblem(patch(missing, adminToken(), "{\"displayName\": \"Ghost\"}", null), 404);
        assertProblem(get(USERS + "/not-an-id", adminToken()), 404);
    }

    @Test
    void aNewPasswordEndsTheTokensIssuedBefore() {
        String password = "correct-horse-battery";
        JsonNode user = user("AUTHOR", password);
        String username = user.path("username").asString();
        String token = body(signIn(username, password).expectStatus().isOk())
                .path("access_token")
                .asString();
        get(USERS + "/me", token).expectStatus().isOk();
        // Token times have whole seconds: change the password in a later second than the token's.
        clock.advance(java.time.Duration.ofSeconds(2));

        patch(user.path("id").asString(), adminToken(), "{\"password\": \"a-brand-new-password\"}", null)
                .expectStatus()
                .isOk();
        get(USERS + "/me", token).expectStatus().isUnauthorized();
        signIn(username, password).expectStatus().isBadRequest();
        String fresh = body(signIn(username, "a-brand-new-password")
                        .expectStatus()
                        .isOk())
                .path("access_token")
                .asString();
        get(USERS + "/me", fresh).expectStatus().isOk();
    }
}
