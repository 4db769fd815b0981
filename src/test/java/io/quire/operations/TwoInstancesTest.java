package io.quire.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quire.CmsApplication;
import io.quire.support.TcpGate;
import io.quire.support.TestClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two stateless instances on one PostgreSQL, as behind a load balancer: a token from one works
 * on the other, racing writers through both leave exactly one winner, a scheduled article is
 * published exactly once, a change made through one is read through the other at once, even by
 * the public, and a client's rate-limit budget is one for both.
 */
class TwoInstancesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "two-instances-admin";
    /** Both instances read time from it, as machines with synchronised clocks do. */
    private static final TestClock CLOCK = new TestClock();

    @TempDir
    static Path indexes;

    private static EmbeddedPostgres postgres;
    /** The second instance reaches the database through it, so the database can drop out of its reach. */
    private static TcpGate database;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = new TcpGate("localhost", postgres.getPort());
        first = instance("first", postgres.getPort());
        second = instance("second", database.port());
    }

    @AfterAll
    static void stop() throws IOException {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (database != null) {
            database.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Each instance keeps its own search index, as separate machines would. */
    private static ConfigurableApplicationContext instance(String name, int databasePort) {
        return new SpringApplicationBuilder(CmsApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("testClock", Clock.class, () -> CLOCK, bean -> bean.setPrimary(true)))
                .run(
                        "--cms.search.index-dir=" + indexes.resolve(name),
                        "--server.port=0",
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        // A connection that cannot be had is reported after 2 s, not the default 30 s.
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--cms.admin.password=" + PASSWORD,
                        "--cms.security.jwt-secret=c2hhcmVkLXNpZ25pbmcta2V5LWZvci1hbGwtaW5zdGFuY2VzLW9mLXF1aXJlIQ==",
                        "--cms.publishing.check-interval=200ms",
                        "--cms.webhooks.allow-private-targets=true",
                        "--cms.webhooks.dispatch-interval=100ms",
                        "--cms.auth.max-failures=4",
                        // Only a notification can bring a change through one instance to the other's caches.
                        "--cms.cache.ttl=10m",
                        // As behind a balancer that sets X-Forwarded-For: each test is a client of its own.
                        "--cms.http.trusted-proxies=127.0.0.1,::1",
                        "--logging.level.io.quire=warn");
    }

    private static RestTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestTestClient.bindToServer(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port)
                .build();
    }

    private static JsonNode json(RestTestClient.ResponseSpec response) {
        return JSON.readTree(response.returnResult(String.class).getResponseBody());
    }

    private static String token(RestTestClient client) {
        return json(client.post()
                        .uri("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body("grant_type=password&username=admin&password=" + PASSWORD)
                        .exchange()
                        .expectStatus()
                        .isOk())
                .path("access_token")
                .asString();
    }

    private static String article(RestTestClient client, String token, String title) {
        return json(client.post()
                        .uri("/api/v1/articles")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"title\": \"" + title + "\"}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
    }

    @Test
    void aTokenFromOneInstanceWorksOnTheOther() {
        String token = token(client(first));
        client(second)
                .get()
                .uri("/api/v1/users/me")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo("admin");
    }

    @Test
    void staleWritesThroughBothInstancesLeaveExactlyOneWinner() throws Exception {
        RestTestClient a = client(first);
        RestTestClient b = client(second);
        String token = token(a);
        String id = article(a, token, "Contended across instances");
        String etag = b.get()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token)
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            RestTestClient via = i % 2 == 0 ? a : b;
            String title = "Writer " + i;
            results.add(pool.submit(() -> {
                go.await();
                return via.patch()
                        .uri("/api/v1/articles/" + id)
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"title\": \"" + title + "\"}")
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(15);
    }

    @Test
    void aScheduledArticleIsPublishedExactlyOnceAndAnnouncedOncePerSubscriber() throws IOException {
        RestTestClient a = client(first);
        String token = token(a);
        List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-CMS-Event") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        a.post()
                .uri("/api/v1/webhooks")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort()
                        + "/hook\", \"events\": [\"article.published\"]}")
                .exchange()
                .expectStatus()
                .isCreated();
        String id = article(a, token, "Scheduled across instances");
        double before = published(first) + published(second);
        a.post()
                .uri("/api/v1/articles/" + id + "/publish")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"publishAt\": \"" + CLOCK.instant().plus(Duration.ofMinutes(1)) + "\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SCHEDULED");
        CLOCK.advance(Duration.ofMinutes(2));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client(second)
                .get()
                .uri("/api/v1/articles/" + id)
                .exchange()
                .expectStatus()
                .isOk());
        // Both schedulers keep running: let each look for due articles a few more times, so that a
        // second publication would have happened by now if it could.
        long firstRounds = publishingRounds(first);
        long secondRounds = publishingRounds(second);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() ->
                        publishingRounds(first) >= firstRounds + 3 && publishingRounds(second) >= secondRounds + 3);
        assertThat(published(first) + published(second) - before).isEqualTo(1.0);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.stream()
                .anyMatch(r -> r.contains(id)));
        receiver.stop(0);
        assertThat(received)
                .filteredOn(r -> r.contains(id))
                .hasSize(1)
                .allMatch(r -> r.startsWith("article.published "));
    }

    /**
     * The public caches of the other instance are emptied by the change itself, not by their time
     * limit (ten minutes here) nor by that instance's own traffic.
     */
    @Test
    void aChangeThroughOneInstanceReachesThePublicCacheOfTheOtherAtOnce() throws Exception {
        RestTestClient a = client(first);
        RestTestClient b = client(second);
        String token = token(a);
        untilTheSecondListens(a, token);
        double heard = changesHeard(second);
        String id = article(a, token, "Fresh everywhere");
        a.post()
                .uri("/api/v1/articles/" + id + "/publish")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
        // B has emptied its caches for both changes (the creation and the publication) before it keeps an answer.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> changesHeard(second) >= heard + 2);
        assertThat(publicTitle(b, id)).isEqualTo("Fresh everywhere");
        // Changed behind both instances' backs, so nobody announces it: B keeps its kept answer,
        // through its own unrelated traffic.
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("update articles set title = 'Unannounced' where id = '" + id + "'");
        }
        for (int i = 0; i < 5; i++) {
            b.get().uri("/api/v1/articles?size=5").exchange().expectStatus().isOk();
            b.get().uri("/api/v1/tags").exchange().expectStatus().isOk();
            token(b);
            assertThat(publicTitle(b, id)).isEqualTo("Fresh everywhere");
        }
        a.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": \"Changed through A\"}")
                .exchange()
                .expectStatus()
                .isOk();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publicTitle(b, id))
                .isEqualTo("Changed through A"));
    }

    private static String publicTitle(RestTestClient client, String id) {
        return json(client.get()
                        .uri("/api/v1/articles/" + id)
                        .exchange()
                        .expectStatus()
                        .isOk())
                .path("title")
                .asString();
    }

    /**
     * The budget of failed sign-ins is one for the client, whichever instance counts a failure, and the {@code
     * RateLimit} header of each answer tells what is left of that one budget.
     */
    @Test
    void aClientsBudgetOfFailedSignInsHoldsAcrossBothInstances() {
        String client = "203.0.113.7";
        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            answers.add(signIn(client(attempt % 2 == 0 ? first : second), client, "wrong-password"));
        }
        // Four failures are allowed in all (cms.auth.max-failures), not four per instance.
        assertThat(answers)
                .containsExactly(
                        "400 \"sign-in\";r=3",
                        "400 \"sign-in\";r=2",
                        "400 \"sign-in\";r=1",
                        "400 \"sign-in\";r=0",
                        "429 \"sign-in\";r=0",
                        "429 \"sign-in\";r=0");
        assertThat(signIn(client(first), client, PASSWORD)).isEqualTo("429 \"sign-in\";r=0");
        assertThat(signIn(client(second), "203.0.113.8", PASSWORD)).isEqualTo("200 \"sign-in\";r=4");
    }

    /** The status of a sign-in and its {@code RateLimit} header without the seconds to refill. */
    private static String signIn(RestTestClient client, String address, String password) {
        EntityExchangeResult<String> result = client.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=password&username=admin&password=" + password)
                .exchange()
                .returnResult(String.class);
        String limit = result.getResponseHeaders().getFirst("RateLimit");
        return result.getStatus().value() + " " + (limit == null ? "none" : limit.replaceFirst(";t=\\d+$", ""));
    }

    /**
     * Without its database an instance is not ready, so a balancer stops sending it requests; the
     * other instance stays ready; once the database is back, so is the instance, with everything
     * written before.
     */
    @Test
    void anInstanceThatLosesItsDatabaseIsNotReadyUntilItIsBack() {
        RestTestClient a = client(first);
        RestTestClient b = client(second);
        String token = token(a);
        String id = article(a, token, "Written before the outage");
        database.shut();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> b.get()
                    .uri("/actuator/health/readiness")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("DOWN"));
            a.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        } finally {
            database.open();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> b.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk());
        b.get()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** Runs of the scheduled publisher on this instance. */
    private static long publishingRounds(ConfigurableApplicationContext context) {
        return (long) context.getBean(MeterRegistry.class)
                .get("quire.articles.scheduled.checks")
                .counter()
                .count();
    }

    /**
     * Until the second instance hears of changes made through the first: after an earlier test took the
     * database away, its listening connection comes back only after a pause, and empties its caches then.
     */
    private static void untilTheSecondListens(RestTestClient a, String token) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
            double before = changesHeard(second);
            article(a, token, "Probe");
            try {
                Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> changesHeard(second) > before);
                return true;
            } catch (ConditionTimeoutException notYet) {
                return false;
            }
        });
    }

    /** Changes made through the other instance that this one heard of. */
    private static double changesHeard(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .counter("quire.cache.changes.elsewhere")
                .count();
    }

    private static double published(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .counter("quire.articles.scheduled.published")
                .count();
    }
}
