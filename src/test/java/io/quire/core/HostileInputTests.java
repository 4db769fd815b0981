package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the served OpenAPI description and sends it hostile input: odd
 * path and query values, malformed and oversized bodies, invalid UTF-8, injection strings,
 * bad conditional headers and garbage tokens, anonymously and as an admin. Every answer must
 * be a 4xx problem or a success, never a 5xx, never an internal detail, and a refused write
 * must leave the resource as it was.
 */
abstract class HostileInputTests extends ApiTest {

    private static final List<String> LEAKS = List.of(
            "Exception",
            "at io.quire",
            "org.hibernate",
            "org.springframework",
            "java.",
            "SQL",
            "jdbc",
            "org.h2",
            "postgresql",
            "Caused by");

    private static final List<String> PATH_VALUES = List.of(
            UUID.randomUUID().toString(),
            "not-a-uuid",
            "%00",
            "..%2F..%2Fetc%2Fpasswd",
            "%27%20OR%20%271%27%3D%271",
            "x".repeat(3000),
            "%F0%9F%92%A9",
            "-1",
            "99999999999999999999",
            // words of the routes beside {id}: slugs and segments, never taken for an id
            "slug",
            "comments",
            "revisions");

    private static final List<String> QUERY_VALUES = List.of(
            "page=-1",
            "page=abc",
            "size=0",
            "size=1000000",
            "sort=title%3Bdrop%20table%20articles",
            "sort=%2C%2C%2C",
            "sort=title,sideways",
            "status=%00",
            "q=%27%20OR%201%3D1--",
            "q=" + "a".repeat(5000),
            "publishedAfter=2026-13-45",
            "tag=%00",
            "article=not-a-uuid",
            "page=99999999999",
            "page=50&size=5",
            // search operators: fuzzy, prefix, phrase slop, nesting, clause count, and their malformed forms
            "q=" + encode("a~2 b~2 c~2 d~2 e~2 f~2 g~2 h~2 i~2 j~2 k~2 l~2 m~2 n~2 o~2 p~2 q~2 r~2 s~2 t~2"),
            "q="
                    + encode(
                            "alpha~2 bravo~2 charlie~2 ax bx cx dx ex fx gx hx ix jx kx lx mx nx ox px qx rx sx tx ux vx wx"
                                    + " xx yx zx aax"),
            "q=" + encode("alpha* bravo* charlie* delta* echo* foxtrot*"),
            "q=" + encode("a* b* c*"),
            "q=" + encode("\"a b c\"~99999999999999"),
            "q=" + encode("\"a b\"~-1 \"unterminated"),
            "q=" + encode("(".repeat(90) + "x"),
            "q=" + encode(")))))((((("),
            "q=" + encode("x~99999999999999999999 y~-3 z~ ~ ~~ * ** \\ \\\\ | || + - -- \""),
            "q=" + encode("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-a-b-c-d-e-f-g-h-i-j-k-l-m-n~2"),
            "q=" + encode("word~2 word~2 word~2 " + "w ".repeat(60)));

    private static final List<byte[]> BODIES = List.of(
            bytes("{"),
            bytes("[]"),
            bytes("\"text\""),
            bytes("42"),
            bytes("{\"title\": 5, \"name\": 5, \"status\": 5, \"username\": 5, \"url\": 5}"),
            bytes("{\"title\": {\"a\": 1}, \"name\": [1], \"body\": true, \"roles\": \"ADMIN\"}"),
            bytes("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)),
            bytes("{\"title\": \"" + "x".repeat(3_000_000) + "\"}"),
            concat(bytes("{\"title\": \""), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}, bytes("\"}")),
            bytes("{\"title\": \"'; DROP TABLE articles;--\", \"slug\": \"../../etc\", \"name\": \"\\u0000\", "
                    + "\"status\": \"HACKED\", \"username\": \"admin' --\", \"password\": \"x\"}"),
            bytes("{\"zzz\": 1, \"id\": \"" + UUID.randomUUID() + "\"}"),
            // many properties that cannot be set, nested and repeated: all named, none a 5xx
            bytes(
                    "{\"createdAt\": 1, \"commentCount\": 99, \"publishedAt\": \"x\", \"seo\": {\"zzz\": [1, {\"a\": 2}]}, "
                            + "\"featureImage\": {\"evil\": true}, \"createdAt\": 2, \"version\": \"x\"}"),
            // lone UTF-16 surrogates, as JSON escapes and as raw CESU-8 bytes
            bytes(
                    "{\"title\": \"sur \\ud800 x\", \"name\": \"\\udc00\", \"body\": \"\\ud800\", "
                            + "\"authorName\": \"\\udfff\", \"authorEmail\": \"a@example.org\", \"url\": \"http://\\ud800/\", "
                            + "\"username\": \"\\ud800\", \"password\": \"\\ud800\\ud800\\ud800\\ud800\", \"tags\": [\"\\ud800\"]}"),
            concat(bytes("{\"title\": \"a"), new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, bytes("\"}")),
            bytes(""));

    private static final List<Map.Entry<String, String>> HEADERS = List.of(
            Map.entry("If-Match", "garbage"),
            Map.entry("If-Match", "\"" + "f".repeat(5000) + "\""),
            Map.entry("If-Match", "W/\"weak\""),
            Map.entry("Authorization", "Bearer garbage"),
            Map.entry("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInVpZCI6IngifQ."),
            Map.entry("Authorization", "Basic YWRtaW46eA=="),
            Map.entry("Authorization", "Bearer quire_key_" + "A".repeat(43)),
            Map.entry("If-Match", "unquoted-" + UUID.randomUUID()),
            Map.entry("Origin", "null"),
            Map.entry("Origin", "https://evil.example"),
            Map.entry("Content-Type", "application/json; charset=ebcdic"));

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileInputWithAProblem() {
        String admin = adminToken();
        Map<String, String> fixtures = fixtures(admin);
        JsonNode doc = body(get("/v3/api-docs", null).expectStatus().isOk());
        List<DynamicTest> tests = new ArrayList<>();
        for (var path : doc.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                String template = path.getKey();
                tests.add(DynamicTest.dynamicTest(
                        method + " " + template,
                        () -> attack(method, template, operation.getValue(), fixtures, admin)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(30);
        return tests.stream();
    }

    private Map<String, String> fixtures(String admin) {
        JsonNode tag = body(send(HttpMethod.POST, "/api/v1/tags", admin, "{\"name\": \"" + unique("Fixture") + "\"}")
                .expectStatus()
                .isCreated());
        JsonNode article = given.published(admin);
        String articleId = article.path("id").asString();
        JsonNode comment = body(http.post()
                .uri("/api/v1/articles/" + articleId + "/comments")
                .header("Authorization", "Bearer " + admin)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"authorName\": \"Fixture\", \"authorEmail\": \"f@example.org\", \"body\": \"Fixture\"}")
                .exchange()
                .expectStatus()
                .isCreated());
        SignedIn user = signedInUser("AUTHOR");
        JsonNode asset = body(http.post()
                .uri("/api/v1/assets")
                .header("Authorization", "Bearer " + admin)
                .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
                .body(image())
                .exchange()
                .expectStatus()
                .isCreated());
        Map<String, String> fixtures = new LinkedHashMap<>();
        fixtures.put("/api/v1/articles/", articleId);
        fixtures.put("/api/v1/tags/", tag.path("id").asString());
        fixtures.put("/api/v1/comments/", comment.path("id").asString());
        fixtures.put("/api/v1/users/", user.id());
        fixtures.put("/api/v1/assets/", asset.path("id").asString());
        fixtures.put("slug", article.path("slug").asString());
        return fixtures;
    }

    private void attack(String method, String template, JsonNode operation, Map<String, String> fixtures, String admin)
            throws Exception {
        String fixturePath = fill(template, fixtures, null);
        List<String> failures = new ArrayList<>();
        boolean hasBody = operation.has("requestBody");
        boolean form = operation.path("requestBody").path("content").has("application/x-www-form-urlencoded");
        for (String token : new String[] {null, admin}) {
            if (template.contains("{")) {
                for (String value : PATH_VALUES) {
                    check(failures, method, fill(template, fixtures, value), token, null, null, null, null);
                }
            }
            if (method.equals("GET")) {
                for (String query : QUERY_VALUES) {
                    check(failures, method, fixturePath + "?" + query, token, null, null, null, null);
                }
                check(failures, method, fixturePath, token, "If-None-Match", "\"" + "a".repeat(3000), null, null);
            }
            if (hasBody) {
                String type = form ? "application/x-www-form-urlencoded" : "application/json";
                for (byte[] body : form ? formBodies() : BODIES) {
                    check(failures, method, fixturePath, token, null, null, type, body);
                }
                check(failures, method, fixturePath, token, null, null, "text/plain", bytes("title=x"));
                check(failures, method, fixturePath, token, null, null, "application/xml", bytes("<a/>"));
            }
            if (!method.equals("GET")) {
                for (var header : HEADERS) {
                    byte[] body = hasBody && !form ? bytes("{}") : null;
                    check(
                            failures,
                            method,
                            fixturePath,
                            token,
                            header.getKey(),
                            header.getValue(),
                            body == null ? null : "application/json",
                            body);
                }
            }
        }
        assertThat(failures).as("hostile requests answered badly").isEmpty();
    }

    /** A multipart form with a small PNG of its own. */
    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> image() {
        java.awt.image.BufferedImage pixels =
                new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        pixels.setRGB(0, 0, (int) System.nanoTime());
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(pixels, "png", png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var form = new org.springframework.http.client.MultipartBodyBuilder();
        form.part("file", new org.springframework.core.io.ByteArrayResource(png.toByteArray()) {
            @Override
            public String getFilename() {
                return "fixture.png";
            }
        });
        return form.build();
    }

    private static List<byte[]> formBodies() {
        return List.of(
                bytes("grant_type=password&username=%00&password=x"),
                bytes("grant_type=password&username=" + "a".repeat(10000) + "&password=x"),
                bytes("grant_type=password&username=admin' --&password=' OR 1=1"),
                bytes("grant_type=%FF%FE&username=admin&password=x"),
                bytes("%%%"),
                bytes(""));
    }

    private void check(
            List<String> failures,
            String method,
            String path,
            String token,
            String header,
            String headerValue,
            String contentType,
            byte[] body)
            throws IOException, InterruptedException {
        String fixtureBefore = fixtureETag(method, path, token);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null && !"Authorization".equals(header)) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null && !"Content-Type".equals(header)) {
            request.header("Content-Type", contentType);
        }
        if (header != null) {
            request.header(header, headerValue);
        }
        request.header("X-Forwarded-For", clientIp());
        HttpResponse<String> response =
                client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String what = method + " " + abbreviate(path) + (header == null ? "" : " [" + header + "]")
                + (body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.ISO_8859_1)))
                + (token == null ? " anonymous" : " admin") + " -> " + response.statusCode();
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(what + ": server error " + abbreviate(response.body()));
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status != 406 && !type.startsWith("application/problem+json")) {
                failures.add(what + ": not a problem (" + type + ")");
            }
            for (String leak : LEAKS) {
                if (response.body().contains(leak)) {
                    failures.add(what + ": leaks '" + leak + "': " + abbreviate(response.body()));
                }
            }
            if (fixtureBefore != null && !fixtureBefore.equals(fixtureETag(method, path, token))) {
                failures.add(what + ": the refused request changed the resource");
            }
        }
    }

    /** The admin's ETag of the resource a write addresses, to prove a refused write changed nothing. */
    private String fixtureETag(String method, String path, String token) throws IOException, InterruptedException {
        if (method.equals("GET")
                || !path.matches("/api/v1/(articles|tags|comments|users|assets)/[0-9a-f-]{36}(/.*)?")) {
            return null;
        }
        String resource = path.replaceAll("^(/api/v1/[a-z]+/[0-9a-f-]{36}).*$", "$1");
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + resource))
                        .header("Authorization", "Bearer " + adminToken())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " "
                + response.headers().firstValue("ETag").orElse("");
    }

    private static String fill(String template, Map<String, String> fixtures, String value) {
        String path = template;
        if (path.contains("{slug}")) {
            path = path.replace("{slug}", value != null ? value : fixtures.get("slug"));
        }
        if (path.contains("{number}")) {
            path = path.replace("{number}", value != null ? value : "1");
        }
        for (var fixture : fixtures.entrySet()) {
            if (path.startsWith(fixture.getKey()) && path.contains("{")) {
                path = path.replaceFirst("\\{[a-zA-Z]+\\}", value != null ? value : fixture.getValue());
            }
        }
        return path.replaceAll(
                "\\{[a-zA-Z]+\\}", value != null ? value : UUID.randomUUID().toString());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
