package io.quire.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** What operators rely on: public probes, metrics for admins (request latencies, backlogs), the search index. */
class OperationsApiTest extends ApiTest {

    @Test
    void probesArePublicAndSayUp() {
        get("/actuator/health/liveness", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        get("/actuator/health/readiness", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForAdminsAndShowLatenciesAndBacklogs() {
        get("/api/v1/articles", null).expectStatus().isOk();
        get("/actuator/prometheus", null).expectStatus().isUnauthorized();
        get("/actuator/prometheus", signedIn("EDITOR")).expectStatus().isForbidden();
        String metrics = get("/actuator/prometheus", adminToken())
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{")
                .contains("quire_articles_scheduled_pending")
                .contains("quire_articles_scheduled_published_total")
                .contains("quire_webhooks_deliveries{status=\"pending\"")
                .contains("quire_webhooks_deliveries{status=\"failed\"")
                .contains("hikaricp_connections_active");
    }

    @Test
    void adminsSeeTheSearchIndexAgainstTheDatabaseAndRebuildIt() {
        get("/actuator/searchindex", null).expectStatus().isUnauthorized();
        get("/actuator/searchindex", signedIn("EDITOR")).expectStatus().isForbidden();
        String admin = adminToken();
        http.post()
                .uri("/actuator/searchindex")
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus()
                .isOk();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var status = body(get("/actuator/searchindex", admin).expectStatus().isOk());
            assertThat(status.path("backend").asString()).isEqualTo("lucene");
            assertThat(status.path("rebuilding").asBoolean()).isFalse();
            assertThat(status.path("indexed").asLong())
                    .isEqualTo(status.path("articles").asLong());
        });
    }

    @Test
    void answersFromKeptBytesAreCountedUnderTheirRoute() {
        String path = "/api/v1/articles?size=3&tag=" + unique("metered").toLowerCase();
        String admin = adminToken();
        long before = listRequests(admin);
        for (int i = 0; i < 3; i++) {
            get(path, null).expectStatus().isOk();
        }
        assertThat(listRequests(admin)).isEqualTo(before + 3);
    }

    @Test
    void connectionsWriteThroughTheConfiguredBuffer(@Autowired WebServerApplicationContext context) {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(Integer.toString(32 * 1024));
        assertThat(connector.getProperty("maxConnections")).hasToString("2048");
    }

    /** Successful anonymous and signed-in GETs of the article list so far, from the request metrics. */
    private long listRequests(String admin) {
        String metrics = get("/actuator/prometheus", admin)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        return metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("method=\"GET\"")
                        && line.contains("status=\"200\"")
                        && line.contains("uri=\"/api/v1/articles\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
