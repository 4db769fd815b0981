package io.quire.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quire.support.ApiTest;

/** What operators rely on: public probes, and metrics for admins (request latencies, backlogs). */
class OperationsApiTest extends ApiTest {

    @Test
    void probesArePublicAndSayUp() {
        get("/actuator/health/liveness", null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        get("/actuator/health/readiness", null).expectStatus().isOk().expectBody().jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForAdminsAndShowLatenciesAndBacklogs() {
        get("/api/v1/articles", null).expectStatus().isOk();
        get("/actuator/prometheus", null).expectStatus().isUnauthorized();
        get("/actuator/prometheus", signedIn("EDITOR")).expectStatus().isForbidden();
        String metrics = get("/actuator/prometheus", adminToken()).expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{")
                .contains("quire_articles_scheduled_pending")
                .contains("quire_articles_scheduled_published_total")
                .contains("quire_webhooks_deliveries{status=\"pending\"")
                .contains("quire_webhooks_deliveries{status=\"failed\"")
                .contains("hikaricp_connections_active");
    }
}
