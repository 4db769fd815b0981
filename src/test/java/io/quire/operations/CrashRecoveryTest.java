package io.quire.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quire.CmsApplication;
import io.quire.support.OpenSearchNodeProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the server process ({@code kill -9}) in the middle of a write load and restarts it:
 * every write that was answered 2xx must be there, complete, nothing half-written may be
 * visible, and every publication acknowledged before the kill reaches the webhook receiver
 * after the restart. Runs against the H2 file database and against PostgreSQL; and with two
 * instances sharing PostgreSQL and an OpenSearch index, one of them killed.
 */
class CrashRecoveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "crash-test-admin";
    private static final int WRITERS = 6;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void h2FileDatabaseKeepsEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
        String url =
                "jdbc:h2:file:" + dir.resolve("quire") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        crashAndRecover(dir, List.of("--spring.datasource.url=" + url));
    }

    @Test
    void postgresKeepsEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            crashAndRecover(
                    dir,
                    List.of(
                            "--spring.profiles.active=postgres",
                            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres"));
        }
    }

    /**
     * Two instances on one PostgreSQL and one OpenSearch index, writers on both; one is killed
     * mid-write. The other carries on taking writes, and every article either acknowledged is
     * found by search through it: the index changes the killed instance had committed to the
     * outbox are indexed by the survivor.
     */
    @Test
    @Tag("opensearch")
    void anInstanceKilledMidWriteLosesNothingAndTheOtherCarriesOn(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String marker = "crashmark" + Long.toString(System.nanoTime(), 36);
            List<String> shared = List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--cms.search.backend=opensearch",
                    "--cms.search.uris=" + OpenSearchNodeProcess.uri(),
                    "--cms.search.index-prefix=" + marker + "-",
                    "--cms.search.retry-interval=1s");
            int killedPort = freePort();
            int survivorPort = freePort();
            Process killed = start(Files.createDirectories(dir.resolve("killed")), killedPort, shared);
            Process survivor = start(Files.createDirectories(dir.resolve("survivor")), survivorPort, shared);
            try {
                String token = token(survivorPort);
                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    int port = w % 2 == 0 ? killedPort : survivorPort;
                    int writer = w;
                    writers.submit(() -> {
                        for (int i = 0; running.get(); i++) {
                            String body = """
                                    {"title": "Crash %d-%d", "body": "%s body", "tags": ["%s"]}""".formatted(writer, i, marker, marker);
                            try {
                                String id = created(port, token, body);
                                if (id != null) {
                                    acknowledged.add(id);
                                }
                            } catch (IOException e) {
                                return null; // the killed instance
                            }
                        }
                        return null;
                    });
                }
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 30);
                killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                int atKill = acknowledged.size();
                // The survivor carries on.
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= atKill + 20);
                running.set(false);
                writers.shutdown();
                writers.awaitTermination(30, TimeUnit.SECONDS);

                long stored = get(survivorPort, "/api/v1/articles?size=1&tag=" + marker, token)
                        .path("page")
                        .path("totalElements")
                        .asLong();
                assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
                for (String id : acknowledged) {
                    assertThat(get(survivorPort, "/api/v1/articles/" + id, token)
                                    .path("id")
                                    .asString())
                            .isEqualTo(id);
                }
                // Every stored article is found by search, also those whose index changes the killed
                // instance had queued (its share of the outbox passes to the survivor within 30 s).
                Awaitility.await()
                        .atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(get(survivorPort, "/api/v1/articles?size=1&q=" + marker, token)
                                        .path("page")
                                        .path("totalElements")
                                        .asLong())
                                .isEqualTo(stored));
            } finally {
                killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                survivor.destroy();
                survivor.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void crashAndRecover(Path dir, List<String> database) throws Exception {
        int port = freePort();
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            JsonNode delivery = JSON.readTree(exchange.getRequestBody().readAllBytes());
            delivered.add(delivery.path("data").path("id").asString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        Process server = start(dir, port, database);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> published = ConcurrentHashMap.newKeySet();
        try {
            String token = token(port);
            HttpResponse<String> subscribed = http.send(
                    request(port, "/api/v1/webhooks", token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://127.0.0.1:"
                                    + receiver.getAddress().getPort()
                                    + "/hook\", \"events\": [\"article.published\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(subscribed.statusCode()).isEqualTo(201);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String body = """
                                {"title": "Crash %d-%d", "body": "Body %d-%d", "tags": ["crash-a", "crash-b"]}""".formatted(writer, i, writer, i);
                        try {
                            String id = created(port, token, body);
                            if (id == null) {
                                continue;
                            }
                            acknowledged.add(id);
                            HttpResponse<String> publish = http.send(
                                    request(port, "/api/v1/articles/" + id + "/publish", token)
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (publish.statusCode() == 200) {
                                published.add(id);
                            }
                        } catch (IOException | InterruptedException e) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> published.size() >= 30);
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process restarted = start(dir, port, database);
        try {
            String token = token(port);
            for (String id : acknowledged) {
                JsonNode article = get(port, "/api/v1/articles/" + id, token);
                assertThat(article.path("id").asString())
                        .as("acknowledged article %s", id)
                        .isEqualTo(id);
            }
            // Every article that exists at all is whole: content, both tags and its first revision.
            JsonNode all = get(port, "/api/v1/articles?tag=crash-a&size=100&sort=createdAt,asc", token);
            long total = all.path("page").path("totalElements").asLong();
            assertThat(total).isGreaterThanOrEqualTo(acknowledged.size());
            for (int page = 0; page * 100L < total; page++) {
                for (JsonNode article : get(
                                port,
                                "/api/v1/articles?tag=crash-a&size=100&sort=createdAt,asc&fields=id,tags,body&page="
                                        + page,
                                token)
                        .path("content")) {
                    assertThat(article.path("tags")).hasSize(2);
                    assertThat(article.path("body").asString()).startsWith("Body ");
                    assertThat(get(
                                            port,
                                            "/api/v1/articles/"
                                                    + article.path("id").asString() + "/revisions",
                                            token)
                                    .path("page")
                                    .path("totalElements")
                                    .asInt())
                            .isEqualTo(1);
                }
            }
            assertThat(get(port, "/api/v1/tags/slug/crash-a", null).path("name").asString())
                    .isEqualTo("crash-a");
            // Every publication acknowledged before the kill is announced, the ones caught mid-way too.
            Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(delivered)
                    .containsAll(published));
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
            receiver.stop(0);
        }
    }

    /** Creates an article; its id once the server acknowledged it, or null when it refused. */
    private String created(int port, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(port, "/api/v1/articles", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201
                ? JSON.readTree(response.body()).path("id").asString()
                : null;
    }

    /** The application in a process of its own, so that it can really be killed. */
    private Process start(Path dir, int port, List<String> database) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CmsApplication.class.getName(),
                "--server.port=" + port,
                "--cms.admin.password=" + PASSWORD,
                "--cms.demo.enabled=false",
                "--cms.security.jwt-secret=Y3Jhc2gtdGVzdC1zaWduaW5nLWtleS1vZi1hdC1sZWFzdC0zMi1ieXRlcyE=",
                "--cms.webhooks.allow-private-targets=true",
                "--cms.webhooks.dispatch-interval=200ms",
                "--cms.webhooks.initial-backoff=200ms",
                "--logging.level.root=warn"));
        command.addAll(database);
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File(dir.toFile(), "server-" + port + ".log"))
                .start();
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(
                                "The server exited: " + Files.readString(dir.resolve("server-" + port + ".log")));
                    }
                    return http.send(
                                            request(port, "/actuator/health/readiness", null)
                                                    .GET()
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                });
        return process;
    }

    private String token(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(port, "/api/v1/auth/token", null)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&username=admin&password=" + PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private JsonNode get(int port, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request(port, path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(int port, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
