package io.quire.operations;

import static io.quire.support.Instance.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.Instance;
import io.quire.support.OpenSearchNodeProcess;
import io.quire.support.TcpGate;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL sharing one search index in a real OpenSearch node, reached
 * through a gate that can take the node out of reach: a change through either instance is found
 * through the other at once; while the node is unreachable writes go on, searches answer 503 with
 * Retry-After, and once it is back every change made meanwhile is found without anyone acting.
 */
@Tag("opensearch")
class SharedSearchTest {

    private static final String PASSWORD = "shared-search-admin";

    private static EmbeddedPostgres postgres;
    private static TcpGate gate;
    private static Instance first;
    private static Instance second;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        gate = new TcpGate("127.0.0.1", OpenSearchNodeProcess.uri().getPort());
        String prefix = "two-" + UUID.randomUUID() + "-";
        first = instance(prefix);
        second = instance(prefix);
        // The instances share the outbox once their event processors have agreed who takes which changes.
        String token = first.adminToken();
        String w = word();
        String id = published(first.client(), token, "Settled " + w);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> found(second.client(), w)
                .contains(id));
    }

    private static Instance instance(String prefix) {
        return Instance.start(
                PASSWORD,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--cms.search.backend=opensearch",
                "--cms.search.uris=http://127.0.0.1:" + gate.port(),
                "--cms.search.index-prefix=" + prefix,
                "--cms.search.retry-interval=1s");
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable closeable : new AutoCloseable[] {second, first, gate}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // closing what is left
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String published(RestTestClient client, String token, String title) {
        String id = json(client.post()
                        .uri("/api/v1/articles")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"title\": \"" + title + "\", \"body\": \"Text.\"}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        client.post()
                .uri("/api/v1/articles/" + id + "/publish")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
        return id;
    }

    private static List<String> found(RestTestClient client, String word) {
        List<String> ids = new ArrayList<>();
        json(client.get()
                        .uri("/api/v1/articles?q=" + word)
                        .exchange()
                        .expectStatus()
                        .isOk())
                .path("content")
                .forEach(article -> ids.add(article.path("id").asString()));
        return ids;
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void aChangeThroughOneInstanceIsFoundThroughTheOtherAtOnce() {
        String token = first.adminToken();
        String w = word();
        String id = published(first.client(), token, "Shared " + w);
        assertThat(found(second.client(), w)).containsExactly(id);
        String renamed = word();
        second.client()
                .patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": \"Shared " + renamed + "\"}")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(found(first.client(), w)).isEmpty();
        assertThat(found(first.client(), renamed)).containsExactly(id);
        // Nothing is left waiting: every change was taken from the outbox, once.
        assertThat(status(first, token).path("pendingChanges").asLong()).isZero();
    }

    @Test
    void whileTheClusterIsOutOfReachWritesGoOnSearchesAnswer503AndItRecoversByItself() {
        String token = first.adminToken();
        String w = word();
        gate.shut();
        String id;
        try {
            id = published(first.client(), token, "Written while down " + w);
            second.client()
                    .get()
                    .uri("/api/v1/articles?q=" + w)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader()
                    .exists("Retry-After")
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:quire:problem:search-unavailable");
            // Lists without q do not need the index.
            second.client()
                    .get()
                    .uri("/api/v1/articles?size=1")
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(status(first, token).path("pendingChanges").asLong()
                            + status(first, token).path("failedChanges").asLong())
                    .isPositive();
        } finally {
            gate.open();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertThat(
                        found(second.client(), w))
                .containsExactly(id));
    }

    @Test
    void anAdminRebuildsTheIndexFromTheDatabase() {
        String token = first.adminToken();
        String w = word();
        String id = published(second.client(), token, "Rebuilt " + w);
        first.client()
                .post()
                .uri("/actuator/searchindex")
                .header("Authorization", "Bearer " + first.adminToken())
                .exchange()
                .expectStatus()
                .isOk();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = status(first, token);
            assertThat(status.path("rebuilding").asBoolean()).isFalse();
            assertThat(status.path("indexed").asLong())
                    .isEqualTo(status.path("articles").asLong());
        });
        assertThat(found(second.client(), w)).containsExactly(id);
        first.client()
                .post()
                .uri("/actuator/searchindex")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private static JsonNode status(Instance instance, String token) {
        return json(instance.client()
                .get()
                .uri("/actuator/searchindex")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk());
    }
}
