package io.quire.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.CmsApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moving an instance off the embedded database: everything written on H2 is exported, restored into an empty
 * PostgreSQL with the command line, and back into an empty H2; every public answer is the same byte for byte
 * (same ETags), and exporting again gives the same file apart from its header. An import over HTTP into an empty
 * instance gives the same public answers too.
 */
class InstanceMoveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "move-instance-admin";
    private static final String SECRET = "bW92aW5nLWJldHdlZW4tZGF0YWJhc2VzLWtlZXBzLXRoZS1zYW1lLWtleSE=";

    @TempDir
    static Path dir;

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext source;
    private static final List<ConfigurableApplicationContext> others = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        source = instance("source", h2("source"));
        new Content(client(source), token(source)).write();
    }

    @AfterAll
    static void stop() throws IOException {
        others.forEach(ConfigurableApplicationContext::close);
        if (source != null) {
            source.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void restoresIntoPostgresAndBackWithTheSameAnswersAndTheSameExport() throws Exception {
        byte[] exported = export(source);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"bio\":\"Covers the council since 2009.\"")
                .contains("\"canonicalUrl\":\"https://council.example.org/tram\"")
                .contains("\"noindex\":true")
                .contains("\"restoredFrom\":1")
                .contains("\"changed\":[\"summary\"]")
                .contains("{\"type\":\"webhook\",\"data\":{");
        Path file = Files.write(dir.resolve("h2.ndjson"), exported);
        List<String> postgresDb = postgres("restored");

        assertThat(ImportCommand.run(CmsApplication.class, args("--format=quire", file.toString(), postgresDb)))
                .isZero();
        ConfigurableApplicationContext restored = instance("restored", postgresDb);
        assertSameAnswers(source, restored);
        // Subscriptions come back as they were, with a secret nobody was shown.
        assertThat(adminRead(restored, "/api/v1/webhooks"))
                .isEqualTo(adminRead(source, "/api/v1/webhooks"))
                .contains("https://93.184.215.14/quire-hooks");
        byte[] again = export(restored);
        assertThat(withoutHeader(again)).isEqualTo(withoutHeader(exported));

        Path back = Files.write(dir.resolve("postgres.ndjson"), again);
        List<String> h2Again = h2("back");
        assertThat(ImportCommand.run(CmsApplication.class, args("--format=quire", back.toString(), h2Again)))
                .isZero();
        ConfigurableApplicationContext h2Back = instance("back", h2Again);
        assertSameAnswers(source, h2Back);
        assertThat(withoutHeader(export(h2Back))).isEqualTo(withoutHeader(exported));
    }

    @Test
    void anImportOverHttpIntoAnEmptyInstanceGivesTheSameAnswers() {
        ConfigurableApplicationContext empty = instance("http", postgres("overhttp"));
        JsonNode done = importOverHttp(client(empty), token(empty), export(source), "quire");
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("counts").path("failed").asInt()).isZero();
        assertSameAnswers(source, empty);
    }

    /** Imports the file over HTTP and waits for the import to end. */
    static JsonNode importOverHttp(RestTestClient client, String token, byte[] file, String format) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentDispositionFormData("file", "export");
        form.add("file", new org.springframework.http.HttpEntity<>(file, part));
        form.add("format", format);
        String location = client.post()
                .uri("/api/v1/imports")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange()
                .expectStatus()
                .isAccepted()
                .returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .getPath();
        JsonNode[] done = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            done[0] = json(client.get()
                    .uri(location)
                    .header("Authorization", "Bearer " + token)
                    .exchange());
            return !done[0].path("status").asString().equals("RUNNING");
        });
        return done[0];
    }

    /** Every public read of the source answers the same on the other instance: status, body and ETag. */
    private static void assertSameAnswers(ConfigurableApplicationContext from, ConfigurableApplicationContext to) {
        RestTestClient a = client(from);
        RestTestClient b = client(to);
        Set<String> paths = new LinkedHashSet<>(List.of(
                "/api/v1/articles?size=100", "/api/v1/tags?size=100", "/api/v1/articles?size=2&sort=title,asc"));
        JsonNode list = json(a.get().uri("/api/v1/articles?size=100").exchange());
        for (JsonNode article : list.path("content")) {
            String id = article.path("id").asString();
            paths.add("/api/v1/articles/" + id);
            paths.add("/api/v1/articles/slug/" + article.path("slug").asString());
            paths.add("/api/v1/articles/" + id + "/comments?size=100");
            article.path("tags")
                    .forEach(t -> paths.add("/api/v1/tags/" + t.path("id").asString()));
        }
        paths.add("/api/v1/articles/slug/" + Content.OLD_SLUG);
        paths.add("/api/v1/authors/reporter");
        paths.add("/api/v1/authors/admin");
        paths.add("/api/v1/redirects?path=/2013/01/10/" + Content.WORDPRESS_SLUG + "/");
        assertThat(paths).hasSizeGreaterThan(12);
        for (String path : paths) {
            var expected = a.get().uri(path).exchange().returnResult(String.class);
            var actual = b.get().uri(path).exchange().returnResult(String.class);
            assertThat(actual.getStatus()).as(path).isEqualTo(expected.getStatus());
            assertThat(actual.getResponseBody()).as(path).isEqualTo(expected.getResponseBody());
            assertThat(actual.getResponseHeaders().getETag())
                    .as(path)
                    .isEqualTo(expected.getResponseHeaders().getETag());
            assertThat(path(actual.getResponseHeaders().getLocation()))
                    .as(path)
                    .isEqualTo(path(expected.getResponseHeaders().getLocation()));
        }
    }

    private static String adminRead(ConfigurableApplicationContext context, String path) {
        return client(context)
                .get()
                .uri(path)
                .header("Authorization", "Bearer " + token(context))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    private static String path(java.net.URI location) {
        return location == null ? null : location.getPath();
    }

    private static List<String> withoutHeader(byte[] export) {
        List<String> lines = Arrays.asList(new String(export, StandardCharsets.UTF_8).split("\n"));
        assertThat(lines.get(0)).contains("\"quire-export\"");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"end\"");
        return lines.subList(1, lines.size());
    }

    private static byte[] export(ConfigurableApplicationContext context) {
        var result = client(context)
                .get()
                .uri("/api/v1/exports")
                .header("Authorization", "Bearer " + token(context))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/x-ndjson")
                .returnResult(byte[].class);
        byte[] body = result.getResponseBody();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("password", "secret", "{bcrypt}", "$2a$");
        return body;
    }

    private static String[] args(String format, String file, List<String> database) {
        List<String> all = new ArrayList<>(List.of(format, file));
        all.addAll(database);
        all.addAll(common("cli"));
        return all.toArray(String[]::new);
    }

    private static List<String> h2(String name) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve(name)
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    private static List<String> postgres(String database) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
    }

    private static List<String> common(String name) {
        return List.of(
                "--cms.search.index-dir=" + dir.resolve("index-" + name + "-" + System.nanoTime()),
                "--cms.admin.password=" + PASSWORD,
                "--cms.security.jwt-secret=" + SECRET,
                "--cms.security.jwt-secret-file=" + dir.resolve("jwt-" + name),
                "--cms.demo.enabled=false",
                "--server.forward-headers-strategy=framework",
                "--logging.level.io.quire=warn");
    }

    private static ConfigurableApplicationContext instance(String name, List<String> database) {
        List<String> all = new ArrayList<>(database);
        all.add("--server.port=0");
        all.addAll(common(name));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CmsApplication.class).run(all.toArray(String[]::new));
        if (source != null) {
            others.add(context);
        }
        return context;
    }

    static RestTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    static String token(ConfigurableApplicationContext context) {
        return json(client(context)
                        .post()
                        .uri("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body("grant_type=password&username=admin&password=" + PASSWORD)
                        .exchange()
                        .expectStatus()
                        .isOk())
                .path("access_token")
                .asString();
    }

    static JsonNode json(RestTestClient.ResponseSpec response) {
        return JSON.readTree(response.returnResult(String.class).getResponseBody());
    }

    /** What a newsroom writes in its first weeks, through the API and a WordPress import. */
    private record Content(RestTestClient http, String admin) {

        static final String OLD_SLUG = "tram-line-vote-expected";
        static final String WORDPRESS_SLUG = "from-wordpress";

        void write() {
            Wxr wxr = new Wxr("https://old.example.org")
                    .author("reporter", "reporter@example.org", "Ruth Reporter")
                    .post(11, "From WordPress")
                    .slug(WORDPRESS_SLUG)
                    .creator("reporter")
                    .content("Classic <em>content</em>.\n\nSecond paragraph.")
                    .term("category", "news", "News")
                    .comment(1, 0, "1", "", "Grace", "First!")
                    .comment(2, 1, "1", "", "Linus", "Second.")
                    .comment(3, 0, "spam", "", "Spam", "Buy")
                    .add()
                    .post(12, "A draft from WordPress")
                    .slug("wp-draft")
                    .status("draft")
                    .creator("reporter")
                    .add();
            assertThat(importOverHttp(http, admin, wxr.xml().getBytes(StandardCharsets.UTF_8), "wordpress")
                            .path("status")
                            .asString())
                    .isEqualTo("DONE");

            String reporter = json(http.get()
                            .uri("/api/v1/users?size=100")
                            .header("Authorization", "Bearer " + admin)
                            .exchange())
                    .path("content")
                    .valueStream()
                    .filter(u -> u.path("username").asString().equals("reporter"))
                    .findFirst()
                    .orElseThrow()
                    .path("id")
                    .asString();
            send(HttpMethod.PATCH, "/api/v1/users/" + reporter, "{\"bio\": \"Covers the council since 2009.\"}");
            String id =
                    send(HttpMethod.POST, "/api/v1/articles", """
                            {"title": "Tram line vote expected", "summary": "Council decides tonight.",
                             "body": "The **eastern extension** is on the agenda.", "tags": ["Local", "Transport"],
                             "seo": {"title": "Tram vote tonight", "description": "What the council decides.",
                                     "canonicalUrl": "https://council.example.org/tram", "noindex": true}}""").path("id").asString();
            send(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", null);
            send(HttpMethod.PUT, "/api/v1/articles/" + id, """
                    {"title": "Council approves the tram line", "slug": "council-approves-tram-line",
                     "summary": "31 votes to 14.", "body": "The council approved the **eastern extension**.",
                     "tags": ["Local", "Transport", "Politics"]}""");
            send(
                    HttpMethod.PATCH,
                    "/api/v1/tags/" + tagId("transport"),
                    "{\"description\": \"Trains, trams, buses.\"}");
            String first = comment(id, null, "Barbara", "Finally.", "10.9.0.1");
            moderate(first, "APPROVED");
            String reply = comment(id, first, "Edsger", "Six stops seems modest.", "10.9.0.2");
            comment(
                    id,
                    null,
                    "Spammer",
                    "Cheap watches http://a.example http://b.example http://c.example",
                    "10.9.0.3");
            moderate(reply, "APPROVED");
            String later = comment(id, first, "Ada", "Phase 2 when?", "10.9.0.4");
            moderate(later, "REJECTED");
            send(HttpMethod.DELETE, "/api/v1/comments/" + first, null);
            String idea = send(HttpMethod.POST, "/api/v1/articles", "{\"title\": \"Unpublished idea\"}")
                    .path("id")
                    .asString();
            send(HttpMethod.PATCH, "/api/v1/articles/" + idea, "{\"summary\": \"Second thoughts.\"}");
            send(HttpMethod.POST, "/api/v1/articles/" + idea + "/revisions/1/restore", null);
            // Last, so that nothing written here is delivered to it.
            send(HttpMethod.POST, "/api/v1/webhooks", """
                    {"url": "https://93.184.215.14/quire-hooks", "events": ["article.published", "comment.created"]}""");
        }

        private String tagId(String slug) {
            return json(http.get().uri("/api/v1/tags/slug/" + slug).exchange())
                    .path("id")
                    .asString();
        }

        private String comment(String article, String parent, String name, String text, String ip) {
            String body = JSON.writeValueAsString(java.util.Map.of(
                    "authorName", name, "authorEmail", name.toLowerCase() + "@example.org", "body", text));
            if (parent != null) {
                body = body.substring(0, body.length() - 1) + ",\"parentId\":\"" + parent + "\"}";
            }
            return json(http.post()
                            .uri("/api/v1/articles/" + article + "/comments")
                            .header("X-Forwarded-For", ip)
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(body)
                            .exchange()
                            .expectStatus()
                            .isCreated())
                    .path("id")
                    .asString();
        }

        private void moderate(String comment, String status) {
            send(HttpMethod.PATCH, "/api/v1/comments/" + comment, "{\"status\": \"" + status + "\"}");
        }

        private JsonNode send(HttpMethod method, String path, String body) {
            var request = http.method(method).uri(path).header("Authorization", "Bearer " + admin);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            var result = request.exchange().expectStatus().is2xxSuccessful().returnResult(String.class);
            return result.getResponseBody() == null ? JSON.createObjectNode() : JSON.readTree(result.getResponseBody());
        }
    }
}
