package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The error contract of API.md: every failure is an RFC 9457 problem with the right status,
 * and none leaks internals. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ErrorContractApiTests extends ApiTest {

    private static final List<String> LEAKS = List.of(
            "Exception",
            "at io.",
            "org.hibernate",
            "SQL",
            "java.",
            "tools.jackson",
            "org.springframework",
            "<html",
            "<!doctype");

    private static EntityExchangeResult<String> result(RestTestClient.ResponseSpec response) {
        return response.returnResult(String.class);
    }

    /** Asserts a problem with the five standard members and returns it. */
    private static JsonNode assertProblem(RestTestClient.ResponseSpec response, int status, String instance) {
        response.expectStatus().isEqualTo(status).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").isInt()).isTrue();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(instance);
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private String draftId(String token) {
        return given.draft(token, """
                        {"title": "%s", "body": "Text."}""".formatted(unique("Error contract")))
                .path("id")
                .asString();
    }

    @Test
    void unknownPathsAnswer404Problems() {
        for (String path : List.of("/api/v1/nope", "/nope", "/api/v1/articles/x/y/z", "/api/v2/articles")) {
            var response = get(path, null);
            assertProblem(response, 404, path);
            assertThat(body(response).path("title").asString()).isEqualTo("Not Found");
        }
        assertProblem(get("/api/v1/nope", signedIn("AUTHOR")), 404, "/api/v1/nope");
    }

    @Test
    void theProblemSchemaRequiresTheMembersEveryProblemHas() {
        JsonNode problem = body(get("/v3/api-docs", null).expectStatus().isOk())
                .path("components")
                .path("schemas")
                .path("Problem");
        List<String> required = new ArrayList<>();
        problem.path("required").forEach(r -> required.add(r.asString()));
        assertThat(required).containsExactly("detail", "instance", "status", "title", "type");
        // Problems written by each layer carry them all: the MVC handler, the security layer, Tomcat's own.
        assertProblem(get("/api/v1/nope", null), 404, "/api/v1/nope");
        assertProblem(get("/api/v1/users", null), 401, "/api/v1/users");
        assertProblem(send(HttpMethod.POST, "/api/v1/tags", signedIn("EDITOR"), "{"), 400, "/api/v1/tags");
    }

    @Test
    void aWrongMethodAnswers405Problem() {
        var deleteList = send(HttpMethod.DELETE, "/api/v1/tags", signedIn("EDITOR"), null);
        assertProblem(deleteList, 405, "/api/v1/tags");
        assertThat(result(deleteList).getResponseHeaders().getAllow())
                .contains(HttpMethod.GET, HttpMethod.POST)
                .doesNotContain(HttpMethod.DELETE);

        var getToken = get("/api/v1/auth/token", null);
        assertProblem(getToken, 405, "/api/v1/auth/token");
        assertThat(result(getToken).getResponseHeaders().getAllow()).containsExactly(HttpMethod.POST);
    }

    @Test
    void anUnacceptableMediaTypeAnswers406AndChangesNothing() {
        for (String path : List.of("/api/v1/tags", "/api/v1/users/me")) {
            var response = http.get()
                    .uri(path)
                    .header("Authorization", "Bearer " + adminToken())
                    .accept(MediaType.APPLICATION_XML)
                    .exchange();
            response.expectStatus().isEqualTo(406);
            String raw = result(response).getResponseBody();
            if (raw != null && !raw.isEmpty()) {
                assertThat(json(raw).path("status").asInt()).isEqualTo(406);
            }
        }

        // A write the client cannot read the answer of must not happen: a retry would make it twice.
        String username = unique("xml");
        String user = """
                {"username": "%s", "password": "correct-horse-battery"}""".formatted(username);
        http.post()
                .uri("/api/v1/users")
                .header("Authorization", "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_XML)
                .body(user)
                .exchange()
                .expectStatus()
                .isEqualTo(406);
        send(HttpMethod.POST, "/api/v1/users", adminToken(), user)
                .expectStatus()
                .isCreated();
    }

    @Test
    void aBodyOverTheConfiguredMaximumAnswers413() {
        String author = signedIn("AUTHOR");
        String huge = "{\"title\": \"Too big\", \"body\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        var response = send(HttpMethod.POST, "/api/v1/articles", author, huge);
        JsonNode problem = assertProblem(response, 413, "/api/v1/articles");
        assertThat(problem.path("title").asString()).isEqualTo("Content Too Large");

        // Just under the limit is read, and refused by validation instead (body is at most 200,000 chars).
        String large = "{\"title\": \"Large\", \"body\": \"" + "a".repeat(1024 * 1024) + "\"}";
        var validation = send(HttpMethod.POST, "/api/v1/articles", author, large);
        assertThat(fields(assertProblem(validation, 400, "/api/v1/articles"))).containsExactly("body");
    }

    @Test
    void anUnsupportedContentTypeAnswers415Problem() {
        var response = http.post()
                .uri("/api/v1/articles")
                .header("Authorization", "Bearer " + signedIn("AUTHOR"))
                .contentType(MediaType.TEXT_PLAIN)
                .body("A title")
                .exchange();
        assertProblem(response, 415, "/api/v1/articles");
        response.expectHeader().valueMatches(HttpHeaders.ACCEPT, ".*application/json.*");
    }

    @Test
    void malformedJsonAnswers400Problem() {
        String author = signedIn("AUTHOR");
        for (String bad : List.of("{\"title\": ", "[]", "\"title\"", "{\"title\": \"x\",}")) {
            assertProblem(send(HttpMethod.POST, "/api/v1/articles", author, bad), 400, "/api/v1/articles");
        }
    }

    @Test
    void aValueOfTheWrongTypeAnswers400NamingTheField() {
        String author = signedIn("AUTHOR");
        for (String value : List.of("5", "5.5", "true", "[\"a\"]", "{\"a\": 1}")) {
            var response = send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": " + value + "}");
            assertThat(fields(assertProblem(response, 400, "/api/v1/articles")))
                    .as(value)
                    .containsExactly("title");
        }
        var user = send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                {"username": "%s", "password": 12345678901}""".formatted(unique("typed")));
        assertThat(fields(assertProblem(user, 400, "/api/v1/users"))).containsExactly("password");

        String id = draftId(author);
        var patch = http.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + author)
                .contentType(MediaType.valueOf("application/merge-patch+json"))
                .body("{\"title\": 5}")
                .exchange();
        assertThat(fields(assertProblem(patch, 400, "/api/v1/articles/" + id))).containsExactly("title");
        var version = send(
                HttpMethod.PATCH,
                "/api/v1/articles/" + id,
                author,
                "{\"title\": \"Fine\", \"version\": 99999999999999999999999}");
        assertThat(fields(assertProblem(version, 400, "/api/v1/articles/" + id)))
                .containsExactly("version");
        assertThat(body(get("/api/v1/articles/" + id, author).expectStatus().isOk())
                        .path("title")
                        .asString())
                .startsWith("Error contract");
    }

    /** Sends a request as raw bytes, for what a well-behaved client library would refuse to send. */
    private String[] rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            // HTTP/1.0: the answer comes whole, never chunked.
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            return new String[] {raw.substring(0, split).toLowerCase(), raw.substring(split + 4)};
        }
    }

    @Test
    void badPercentEncodingIsAProblemWhereverTheServerFindsIt() throws IOException {
        for (String target :
                List.of("/api/v1/articles/%ZZ", "/api/v1/articles/..%2f..%2fetc%2fpasswd", "/api/v1/articles?q=%zz")) {
            String[] response = rawGet(target);
            assertThat(response[0])
                    .as(target)
                    .matches("(?s)http/1\\.\\d 400 .*")
                    .contains("content-type: application/problem+json");
            JsonNode problem = json(response[1]);
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
            assertThat(problem.path("type").asString()).isNotBlank();
            assertThat(problem.path("detail").asString()).isNotBlank();
            assertThat(problem.path("instance").asString()).startsWith("/api/v1/articles");
            for (String leak : LEAKS) {
                assertThat(response[1]).as(target).doesNotContain(leak);
            }
        }
        var form = http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=password&username=%zz")
                .exchange();
        assertProblem(form, 400, "/api/v1/auth/token");
    }

    @Test
    void securityFailuresAreProblemsToo() {
        var anonymous = send(HttpMethod.POST, "/api/v1/tags", null, "{\"name\": \"x\"}");
        assertProblem(anonymous, 401, "/api/v1/tags");
        anonymous.expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
        assertProblem(
                send(HttpMethod.POST, "/api/v1/tags", signedIn("AUTHOR"), "{\"name\": \"x\"}"), 403, "/api/v1/tags");
        assertProblem(get("/api/v1/comments", "bad.token.here"), 401, "/api/v1/comments");
    }

    @Test
    void noAnswerLeaksInternals() {
        String author = signedIn("AUTHOR");
        String id = draftId(author);
        String unknown = "00000000-0000-0000-0000-000000000000";
        List<Supplier<RestTestClient.ResponseSpec>> requests = List.of(
                () -> get("/api/v1/nope", null),
                () -> get("/api/v1/articles/not-an-id", null),
                () -> get("/api/v1/articles/" + unknown, null),
                () -> get("/api/v1/articles?status=FOO", author),
                () -> get("/api/v1/articles?publishedAfter=yesterday", null),
                () -> get("/api/v1/articles?page=-1&size=abc&sort=title;drop table articles", null),
                () -> get("/api/v1/articles?page=99999999999", null),
                () -> get("/api/v1/tags?sort=name,sideways", null),
                () -> get("/api/v1/comments?status=NEW", signedIn("EDITOR")),
                () -> get("/api/v1/users/me", "eyJhbGciOiJIUzI1NiJ9.e30.bad"),
                () -> send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": "),
                () -> send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"version\": 1e400}"),
                () -> send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"tags\": [null]}"),
                () -> send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"createdAt\": 1}"),
                () -> send(HttpMethod.POST, "/api/v1/articles", author, "{\"title\": \"x\", \"slug\": \"A B\"}"),
                () -> send(HttpMethod.PATCH, "/api/v1/articles/" + id, author, "[1, 2]"),
                () -> send(
                        HttpMethod.PATCH, "/api/v1/articles/" + id, author, "{\"version\": 99999999999999999999999}"),
                () -> send(HttpMethod.PUT, "/api/v1/articles/" + id, author, "{\"title\": \"\"}"),
                () -> send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", author, null),
                () -> send(
                        HttpMethod.POST,
                        "/api/v1/articles/" + id + "/comments",
                        null,
                        "{\"authorName\": \"A\", \"authorEmail\": \"a@example.org\", \"body\": \"Hi\", "
                                + "\"parentId\": \"nope\"}"),
                () -> send(HttpMethod.POST, "/api/v1/articles/" + unknown + "/comments", null, "{}"),
                () -> send(HttpMethod.POST, "/api/v1/users", adminToken(), "{\"username\": {\"$ne\": 1}}"),
                () -> send(HttpMethod.PATCH, "/api/v1/users/" + unknown, adminToken(), "{\"roles\": [\"GOD\"]}"),
                () -> http.patch()
                        .uri("/api/v1/articles/" + id)
                        .header("Authorization", "Bearer " + author)
                        .header(HttpHeaders.IF_MATCH, "\"garbage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"title\": \"x\"}")
                        .exchange(),
                () -> http.post()
                        .uri("/api/v1/auth/token")
                        .header("X-Forwarded-For", clientIp())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body("grant_type=password&username=%zz")
                        .exchange());
        for (var request : requests) {
            EntityExchangeResult<String> result = result(request.get());
            String raw = result.getResponseBody() == null ? "" : result.getResponseBody();
            String what = result.getMethod() + " " + result.getUrl() + " -> " + result.getStatus() + " " + raw;
            assertThat(result.getStatus().value()).as(what).isBetween(400, 499);
            assertThat(result.getResponseHeaders().getContentType())
                    .as(what)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(raw).path("status").asInt())
                    .as(what)
                    .isEqualTo(result.getStatus().value());
            for (String leak : LEAKS) {
                assertThat(raw).as(what).doesNotContain(leak);
            }
        }
    }

    @Test
    void refusesCorsPreflightsFromOriginsNotConfigured() {
        var preflight = http.options()
                .uri("/api/v1/articles")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type")
                .exchange();
        preflight
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
        http.get()
                .uri("/api/v1/tags")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void answersOutsideTheApiAreProblemsThatNoCacheKeeps() {
        for (String origin : List.of("https://evil.example", "null")) {
            var preflight = http.options()
                    .uri("/api/v1/articles")
                    .header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                    .exchange();
            assertThat(assertProblem(preflight, 403, "/api/v1/articles")
                            .path("detail")
                            .asString())
                    .contains("origin");
            preflight.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
            var read = http.get()
                    .uri("/api/v1/tags")
                    .header(HttpHeaders.ORIGIN, origin)
                    .exchange();
            assertProblem(read, 403, "/api/v1/tags");
        }
        var error = get("/error", null);
        assertProblem(error, 404, "/error");
        error.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
        var group = get("/actuator/health/db", null);
        assertProblem(group, 404, "/actuator/health/db");
        group.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
        get("/actuator/health", null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Test
    void everyPropertyThatCannotBeSetIsNamedOnce() {
        String author = signedIn("AUTHOR");
        String title = unique("Read-only");
        var response = send(HttpMethod.POST, "/api/v1/articles", author, """
                {"title": "%s", "createdAt": "2020-01-01T00:00:00Z", "commentCount": 99,
                 "publishedAt": "2020-01-01T00:00:00Z", "featured": {"nested": [1, 2]}}""".formatted(title));
        assertThat(fields(assertProblem(response, 400, "/api/v1/articles")))
                .containsExactly("createdAt", "commentCount", "publishedAt", "featured");
        assertThat(body(get("/api/v1/articles?status=DRAFT&q=" + title, author)
                                .expectStatus()
                                .isOk())
                        .path("content"))
                .as("nothing was created")
                .isEmpty();

        var empty = send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                {"username": "", "password": ""}""");
        List<String> named = fields(assertProblem(empty, 400, "/api/v1/users"));
        assertThat(named).containsExactlyInAnyOrder("username", "password");
    }
}
