package io.quire.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quire.article.ArticleEvents.ArticlePublished;
import io.quire.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Webhook subscriptions and deliveries over HTTP, to receivers on loopback; run on H2 and PostgreSQL. */
abstract class WebhookApiTests extends ApiTest {

    private static final String SECRET = "test-secret-of-at-least-24-characters";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> webhookIds = new ArrayList<>();

    @Autowired
    private ApplicationContext context;

    @AfterEach
    void removeSubscriptionsAndReceivers() {
        webhookIds.forEach(id -> send(HttpMethod.DELETE, "/api/v1/webhooks/" + id, adminToken(), null));
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private JsonNode subscribe(String url, String... events) {
        JsonNode created = body(send(HttpMethod.POST, "/api/v1/webhooks", adminToken(), """
                {"url": "%s", "events": ["%s"], "secret": "%s"}""".formatted(
                                url, String.join("\", \"", events), SECRET))
                .expectStatus()
                .isCreated());
        webhookIds.add(created.path("id").asString());
        return created;
    }

    private String publishedArticle(String editor) {
        return given.published(editor, """
                {"title": "%s", "summary": "Webhooks", "body": "Some **body**.", "tags": ["%s"]}""".formatted(unique("Hooked"), unique("hooks")))
                .path("id")
                .asString();
    }

    private JsonNode deliveries(String webhookId) {
        return body(get("/api/v1/webhooks/" + webhookId + "/deliveries", adminToken())
                .expectStatus()
                .isOk());
    }

    private static JsonNode deliveryFor(JsonNode page, String event) {
        for (JsonNode delivery : page.path("content")) {
            if (delivery.path("event").asString().equals(event)) {
                return delivery;
            }
        }
        // An AssertionError, so that a wait for the delivery keeps polling until it exists.
        throw new AssertionError("no " + event + " delivery yet in " + page);
    }

    private static String hmac(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256="
                + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void managesSubscriptionsAndShowsTheSecretOnlyOnCreation() {
        Receiver receiver = receiver();
        var response = send(HttpMethod.POST, "/api/v1/webhooks", adminToken(), """
                {"url": "%s", "events": ["article.published", "comment.created", "article.published"]}""".formatted(receiver.url()));
        response.expectStatus()
                .isCreated()
                .expectHeader()
                .exists("Location")
                .expectHeader()
                .exists("ETag");
        JsonNode created = body(response);
        String id = created.path("id").asString();
        webhookIds.add(id);
        assertThat(created.path("secret").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created.path("events").toString()).isEqualTo("[\"article.published\",\"comment.created\"]");

        var read = get("/api/v1/webhooks/" + id, adminToken()).expectStatus().isOk();
        String etag = read.returnResult(String.class).getResponseHeaders().getETag();
        assertThat(response.returnResult(String.class).getResponseHeaders().getETag())
                .isEqualTo(etag);
        JsonNode webhook = body(get("/api/v1/webhooks/" + id, adminToken()));
        assertThat(webhook.has("secret")).isFalse();
        assertThat(webhook.path("url").asString()).isEqualTo(receiver.url());
        assertThat(body(get("/api/v1/webhooks?size=100", adminToken())).toString())
                .doesNotContain("secret");

        JsonNode changed = body(http.patch()
                .uri("/api/v1/webhooks/" + id)
                .header("Authorization", "Bearer " + adminToken())
                .header("If-Match", etag)
                .contentType(MediaType.valueOf("application/merge-patch+json"))
                .body("{\"events\": [\"article.deleted\"], \"secret\": \"another-secret-of-24-characters-or-more\"}")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(changed.has("secret")).isFalse();
        assertThat(changed.path("events").toString()).isEqualTo("[\"article.deleted\"]");
        assertThat(changed.path("version").asLong()).isEqualTo(1);

        http.delete()
                .uri("/api/v1/webhooks/" + id)
                .header("Authorization", "Bearer " + adminToken())
                .header("If-Match", etag)
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        send(HttpMethod.DELETE, "/api/v1/webhooks/" + id, adminToken(), null)
                .expectStatus()
                .isNoContent();
        get("/api/v1/webhooks/" + id, adminToken()).expectStatus().isNotFound();
    }

    @Test
    void refusesBadSubscriptionsNamingTheField() {
        String admin = adminToken();
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"ftp://hooks.example.org/x\", \"events\": [\"article.published\"]}"),
                "url");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"hooks example\", \"events\": [\"article.published\"]}"),
                "url");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"https://user:pw@hooks.example.org/\", \"events\": [\"article.published\"]}"),
                "url");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"https://hooks.example.org/\", \"events\": [\"article.nope\"]}"),
                "events[0]");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"https://hooks.example.org/\", \"events\": []}"),
                "events");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"https://hooks.example.org/\", \"events\": [\"ping\"]}"),
                "events[0]");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"https://hooks.example.org/\", \"events\": [\"article.published\"], "
                                + "\"secret\": \"short\"}"),
                "secret");
        assertFieldError(
                send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        admin,
                        "{\"url\": \"https://hooks.example.org/\", \"events\": [\"article.published\"], \"active\": true}"),
                "active");

        String id = subscribe(receiver().url(), "article.published").path("id").asString();
        assertFieldError(
                send(HttpMethod.PATCH, "/api/v1/webhooks/" + id, admin, "{\"url\": \"javascript:alert(1)\"}"), "url");
        assertFieldError(send(HttpMethod.PATCH, "/api/v1/webhooks/" + id, admin, "{\"events\": null}"), "events");
        assertFieldError(
                send(
                        HttpMethod.PATCH,
                        "/api/v1/webhooks/" + id,
                        admin,
                        "{\"secret\": \"has spaces in it " + "which are not allowed\"}"),
                "secret");
    }

    @Test
    void refusesTargetsInSpecialPurposeRangesAndTheirEmbeddedForms() {
        String admin = adminToken();
        for (String url : List.of(
                "http://[2002:7f00:1::1]/hook",
                "http://[::ffff:0:127.0.0.1]/hook",
                "http://[64:ff9b:1::7f00:1]/hook",
                "http://[64:ff9b::a9fe:a9fe]/hook",
                "http://[100::1]/hook",
                "http://192.0.2.1/hook",
                "http://198.18.0.1/hook",
                "http://10.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data/")) {
            var response = send(HttpMethod.POST, "/api/v1/webhooks", admin, """
                    {"url": "%s", "events": ["article.published"]}""".formatted(url));
            assertFieldError(response, "url");
            assertThat(body(response).path("errors").get(0).path("message").asString())
                    .as(url)
                    .isEqualTo(TargetPolicy.REFUSED);
        }
        String id = subscribe(receiver().url(), "article.published").path("id").asString();
        assertFieldError(
                send(HttpMethod.PATCH, "/api/v1/webhooks/" + id, admin, "{\"url\": \"http://[2002:7f00:1::1]:8080/\"}"),
                "url");
    }

    private static void assertFieldError(
            org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        body(response).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains(field);
    }

    @Test
    void onlyAdminsManageWebhooks() {
        get("/api/v1/webhooks", null)
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists("WWW-Authenticate")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/v1/webhooks", signedIn("EDITOR"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        send(
                        HttpMethod.POST,
                        "/api/v1/webhooks",
                        signedIn("EDITOR"),
                        "{\"url\": \"https://hooks.example.org/\", \"events\": [\"article.published\"]}")
                .expectStatus()
                .isForbidden();
    }

    @Test
    void retriesAFailedDeliveryWithTheSameIdAndValidSignatures() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Receiver receiver = receiver().answering(body -> calls.incrementAndGet() == 1 ? 500 : 204);
        String webhookId =
                subscribe(receiver.url(), "article.published").path("id").asString();
        String articleId = publishedArticle(signedIn("EDITOR"));

        await().atMost(WAIT).until(() -> receiver.requestsAbout(articleId).size() >= 2);
        var attempts = receiver.requestsAbout(articleId);
        String deliveryId = attempts.get(0).header("X-CMS-Delivery");
        for (Receiver.Request request : attempts) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header("X-CMS-Event")).isEqualTo("article.published");
            assertThat(request.header("X-CMS-Delivery")).isEqualTo(deliveryId);
            long timestamp = Long.parseLong(request.header("X-CMS-Timestamp"));
            assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(120);
            assertThat(request.header("X-CMS-Signature"))
                    .isEqualTo(hmac(SECRET, request.header("X-CMS-Timestamp"), request.body()));
            assertThat(request.header("X-CMS-Signature"))
                    .isNotEqualTo(hmac("another-secret", request.header("X-CMS-Timestamp"), request.body()));
        }
        JsonNode payload = json(attempts.get(1).body());
        assertThat(payload.path("id").asString()).isEqualTo(deliveryId);
        assertThat(payload.path("event").asString()).isEqualTo("article.published");
        assertThat(Instant.parse(payload.path("occurredAt").asString())).isBeforeOrEqualTo(clock.instant());
        JsonNode publicArticle =
                body(get("/api/v1/articles/" + articleId, null).expectStatus().isOk());
        assertThat(payload.path("data")).isEqualTo(publicArticle);
        assertThat(attempts.get(0).body()).isEqualTo(attempts.get(1).body());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode delivery = deliveryFor(deliveries(webhookId), "article.published");
            assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.path("id").asString()).isEqualTo(deliveryId);
            JsonNode log = delivery.path("attempts");
            assertThat(log).hasSize(2);
            assertThat(log.get(0).path("statusCode").asInt()).isEqualTo(500);
            assertThat(log.get(0).path("responseBody").asString()).isEqualTo("receiver says no");
            assertThat(log.get(1).path("statusCode").asInt()).isEqualTo(204);
            assertThat(log.get(1).path("durationMs").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(Instant.parse(log.get(1).path("attemptedAt").asString()))
                    .isAfter(Instant.parse(log.get(0).path("attemptedAt").asString()));
        });
    }

    @Test
    void pingsASubscription() {
        Receiver receiver = receiver();
        String webhookId =
                subscribe(receiver.url(), "comment.created").path("id").asString();

        var response = send(HttpMethod.POST, "/api/v1/webhooks/" + webhookId + "/ping", adminToken(), null);
        response.expectStatus().isCreated().expectHeader().exists("Location");
        String location = response.returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .getPath();

        await().atMost(WAIT).until(() -> !receiver.requestsAbout(webhookId).isEmpty());
        Receiver.Request ping = receiver.requestsAbout(webhookId).get(0);
        assertThat(ping.header("X-CMS-Event")).isEqualTo("ping");
        assertThat(json(ping.body()).path("data").path("events").toString()).isEqualTo("[\"comment.created\"]");
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                        body(get(location, adminToken())).path("status").asString())
                .isEqualTo("DELIVERED"));
        send(HttpMethod.POST, "/api/v1/webhooks/" + UUID.randomUUID() + "/ping", adminToken(), null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void givesUpAfterTheLastAttemptAndRedeliversByHand() {
        AtomicBoolean up = new AtomicBoolean(false);
        Receiver receiver = receiver().answering(body -> up.get() ? 200 : 503);
        String webhookId =
                subscribe(receiver.url(), "article.published").path("id").asString();
        String articleId = publishedArticle(signedIn("EDITOR"));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode delivery = deliveryFor(deliveries(webhookId), "article.published");
            assertThat(delivery.path("status").asString()).isEqualTo("FAILED");
            assertThat(delivery.path("attempts")).hasSize(6);
        });
        String deliveryId = deliveryFor(deliveries(webhookId), "article.published")
                .path("id")
                .asString();
        get("/api/v1/webhooks/" + webhookId + "/deliveries?status=FAILED", adminToken())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.content[0].id")
                .isEqualTo(deliveryId);
        get("/api/v1/webhooks/" + webhookId + "/deliveries?status=LOST", adminToken())
                .expectStatus()
                .isBadRequest();

        up.set(true);
        String redeliver = "/api/v1/webhooks/" + webhookId + "/deliveries/" + deliveryId + "/redeliver";
        JsonNode queued = body(send(HttpMethod.POST, redeliver, adminToken(), null)
                .expectStatus()
                .isOk());
        assertThat(queued.path("status").asString()).isEqualTo("PENDING");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode delivery = deliveryFor(deliveries(webhookId), "article.published");
            assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.path("attempts")).hasSize(7);
        });
        assertThat(receiver.requestsAbout(articleId))
                .extracting(r -> r.header("X-CMS-Delivery"))
                .containsOnly(deliveryId);
        send(
                        HttpMethod.POST,
                        "/api/v1/webhooks/" + webhookId + "/deliveries/" + UUID.randomUUID() + "/redeliver",
                        adminToken(),
                        null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void keepsDeliveriesAboutOneArticleInOrder() {
        AtomicBoolean up = new AtomicBoolean(false);
        Receiver receiver = receiver().answering(body -> up.get() ? 200 : 500);
        String webhookId = subscribe(receiver.url(), "article.published", "article.updated", "article.unpublished")
                .path("id")
                .asString();
        String editor = signedIn("EDITOR");
        String articleId = publishedArticle(editor);
        await().atMost(WAIT).until(() -> !receiver.requestsAbout(articleId).isEmpty());

        send(
                        HttpMethod.PATCH,
                        "/api/v1/articles/" + articleId,
                        editor,
                        "{\"title\": \"Changed while the receiver " + "is down\"}")
                .expectStatus()
                .isOk();
        await().atMost(WAIT).untilAsserted(() -> deliveryFor(deliveries(webhookId), "article.updated"));
        assertThat(deliveryFor(deliveries(webhookId), "article.updated").path("attempts"))
                .isEmpty();
        assertThat(receiver.requestsAbout(articleId))
                .extracting(r -> r.header("X-CMS-Event"))
                .containsOnly("article.published");

        up.set(true);
        await().atMost(WAIT).until(() -> receiver.requestsAbout(articleId).stream()
                .anyMatch(r -> r.header("X-CMS-Event").equals("article.updated")));
        send(HttpMethod.POST, "/api/v1/articles/" + articleId + "/unpublish", editor, null)
                .expectStatus()
                .isOk();
        await().atMost(WAIT).until(() -> receiver.requestsAbout(articleId).stream()
                .anyMatch(r -> r.header("X-CMS-Event").equals("article.unpublished")));

        List<String> delivered = receiver.requestsAbout(articleId).stream()
                .filter(r -> r.answeredWith() == 200)
                .map(r -> r.header("X-CMS-Event"))
                .toList();
        assertThat(delivered).containsExactly("article.published", "article.updated", "article.unpublished");
        JsonNode updated = json(receiver.requestsAbout(articleId).stream()
                .filter(r -> r.header("X-CMS-Event").equals("article.updated"))
                .findFirst()
                .orElseThrow()
                .body());
        assertThat(updated.path("data").path("title").asString()).isEqualTo("Changed while the receiver is down");
        JsonNode unpublished = json(receiver.requestsAbout(articleId)
                .get(receiver.requestsAbout(articleId).size() - 1)
                .body());
        assertThat(unpublished.path("data").path("id").asString()).isEqualTo(articleId);
        assertThat(unpublished.path("data").path("slug").asString()).isNotBlank();
    }

    @Test
    void announcesCommentsWithoutTheAuthorsAddressAndDeletedArticles() {
        Receiver receiver = receiver();
        subscribe(receiver.url(), "comment.created", "comment.approved", "article.deleted");
        String editor = signedIn("EDITOR");
        String articleId = publishedArticle(editor);

        String commentId = body(http.post()
                        .uri("/api/v1/articles/" + articleId + "/comments")
                        .header("X-Forwarded-For", clientIp())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(
                                "{\"authorName\": \"Grace\", \"authorEmail\": \"grace@example.org\", \"body\": \"Nice.\"}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        await().atMost(WAIT).until(() -> receiver.requestsAbout(commentId).size() == 1);
        Receiver.Request created = receiver.requestsAbout(commentId).get(0);
        assertThat(created.header("X-CMS-Event")).isEqualTo("comment.created");
        assertThat(json(created.body()).path("data").path("authorName").asString())
                .isEqualTo("Grace");
        assertThat(created.body()).doesNotContain("grace@example.org");

        send(HttpMethod.PATCH, "/api/v1/comments/" + commentId, editor, "{\"status\": \"APPROVED\"}")
                .expectStatus()
                .isOk();
        await().atMost(WAIT).until(() -> receiver.requestsAbout(commentId).size() == 2);
        assertThat(receiver.requestsAbout(commentId).get(1).header("X-CMS-Event"))
                .isEqualTo("comment.approved");

        String slug =
                body(get("/api/v1/articles/" + articleId, null)).path("slug").asString();
        send(HttpMethod.DELETE, "/api/v1/articles/" + articleId, editor, null)
                .expectStatus()
                .isNoContent();
        await().atMost(WAIT).until(() -> receiver.requestsAbout(articleId).stream()
                .anyMatch(r -> r.header("X-CMS-Event").equals("article.deleted")));
        JsonNode deleted = json(receiver.requestsAbout(articleId).stream()
                .filter(r -> r.header("X-CMS-Event").equals("article.deleted"))
                .findFirst()
                .orElseThrow()
                .body());
        assertThat(deleted.path("data").path("id").asString()).isEqualTo(articleId);
        assertThat(deleted.path("data").path("slug").asString()).isEqualTo(slug);
    }

    @Test
    void recordsTimeoutsWithoutSlowingDownRequests() {
        Receiver receiver = receiver().holding();
        String webhookId =
                subscribe(receiver.url(), "article.published").path("id").asString();
        String editor = signedIn("EDITOR");

        publishedArticle(editor);
        // A receiver that never answers makes an attempt last the read timeout: the request that
        // published the article was answered before the attempt to announce it ended.
        assertThat(deliveries(webhookId).path("content"))
                .allSatisfy(delivery -> assertThat(delivery.path("attempts")).isEmpty());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode delivery = deliveryFor(deliveries(webhookId), "article.published");
            assertThat(delivery.path("attempts")).isNotEmpty();
            JsonNode attempt = delivery.path("attempts").get(0);
            assertThat(attempt.path("error").asString()).startsWith("timed out");
            assertThat(attempt.path("statusCode").isNull()).isTrue();
            assertThat(attempt.path("durationMs").asLong()).isBetween(900L, 5_000L);
        });
    }

    @Test
    void neitherFollowsRedirectsNorReadsMoreThanFourKilobytesOfAnAnswer() {
        AtomicInteger calls = new AtomicInteger();
        Receiver receiver = receiver();
        String elsewhere = receiver.url().replace("/hooks/quire", "/elsewhere");
        receiver.answeringWith(body -> calls.incrementAndGet() == 1
                ? new Receiver.Answer(307, elsewhere, 0)
                : new Receiver.Answer(200, null, 1_000_000));
        String webhookId =
                subscribe(receiver.url(), "article.published").path("id").asString();
        publishedArticle(signedIn("EDITOR"));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode delivery = deliveryFor(deliveries(webhookId), "article.published");
            assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.path("attempts").get(0).path("statusCode").asInt())
                    .isEqualTo(307);
            assertThat(delivery.path("attempts").get(1).path("responseBody").asString())
                    .hasSize(4096);
        });
        assertThat(receiver.requests()).extracting(Receiver.Request::path).containsOnly("/hooks/quire");
    }

    /**
     * While another instance holds the dispatch lock (the row in the shared database, taken through
     * ShedLock as any instance takes it), this one's dispatcher keeps running but sends nothing; once
     * the lock is let go, the waiting delivery goes out.
     */
    @Test
    void dispatchesUnderASchedulerLockSharedByAllInstances() {
        Receiver receiver = receiver();
        String webhookId =
                subscribe(receiver.url(), "article.published").path("id").asString();
        LockProvider locks = context.getBean(LockProvider.class);
        var elsewhere = new LockConfiguration(Instant.now(), "webhook-dispatch", Duration.ofHours(1), Duration.ZERO);
        AtomicReference<Optional<SimpleLock>> held = new AtomicReference<>(Optional.empty());
        await().atMost(WAIT).until(() -> {
            held.set(locks.lock(elsewhere));
            return held.get().isPresent();
        });
        try {
            send(HttpMethod.POST, "/api/v1/webhooks/" + webhookId + "/ping", adminToken(), null)
                    .expectStatus()
                    .isCreated();
            long rounds = dispatchRounds();
            await().atMost(WAIT).until(() -> dispatchRounds() >= rounds + 3);
            assertThat(receiver.requestsAbout(webhookId)).isEmpty();
            assertThat(deliveryFor(deliveries(webhookId), "ping").path("attempts"))
                    .isEmpty();
        } finally {
            held.get().ifPresent(SimpleLock::unlock);
        }
        await().atMost(WAIT).until(() -> receiver.requestsAbout(webhookId).size() == 1);
    }

    /** Runs of the dispatcher's schedule on this instance, whether or not it got the lock. */
    private long dispatchRounds() {
        return context
                .getBean(MeterRegistry.class)
                .find("tasks.scheduled.execution")
                .tag("code.function", "dispatch")
                .timers()
                .stream()
                .mapToLong(Timer::count)
                .sum();
    }

    @Test
    void describesEveryWebhookAndFeedOperationInOpenApi() {
        JsonNode paths = body(get("/v3/api-docs", null).expectStatus().isOk()).path("paths");
        List<String> checked = new ArrayList<>();
        paths.properties().forEach(path -> {
            boolean webhooks = path.getKey().startsWith("/api/v1/webhooks");
            boolean feeds = path.getKey().endsWith(".xml");
            if (!webhooks && !feeds) {
                return;
            }
            path.getValue().properties().forEach(operation -> {
                JsonNode op = operation.getValue();
                checked.add(operation.getKey() + " " + path.getKey());
                assertThat(op.path("summary").asString()).as(path.getKey()).isNotBlank();
                assertThat(op.path("description").asString()).as(path.getKey()).startsWith("**Who:**");
                assertThat(op.path("tags").get(0).asString()).isEqualTo(webhooks ? "Webhooks" : "Feeds");
                if (webhooks) {
                    assertThat(op.path("security").toString()).contains("oauth");
                    assertThat(op.path("responses").has("401")).isTrue();
                    assertThat(op.path("responses").has("403")).isTrue();
                }
            });
        });
        assertThat(checked)
                .contains(
                        "get /api/v1/webhooks",
                        "post /api/v1/webhooks",
                        "patch /api/v1/webhooks/{id}",
                        "delete /api/v1/webhooks/{id}",
                        "post /api/v1/webhooks/{id}/ping",
                        "get /api/v1/webhooks/{id}/deliveries",
                        "post /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
                        "get /feed.xml",
                        "get /tags/{slug}/feed.xml",
                        "get /sitemap.xml");
    }

    @Test
    void patchesUrlOrEventsAloneAsItsSchemaSays() {
        JsonNode change = body(get("/v3/api-docs", null).expectStatus().isOk())
                .path("components")
                .path("schemas")
                .path("WebhookChange");
        assertThat(change.path("properties").has("url")).isTrue();
        assertThat(change.has("required")).as("a merge patch requires no field").isFalse();

        String id = subscribe(receiver().url(), "article.published").path("id").asString();
        String otherUrl = receiver().url();
        JsonNode urlOnly = body(send(HttpMethod.PATCH, "/api/v1/webhooks/" + id, adminToken(), """
                {"url": "%s"}""".formatted(otherUrl))
                .expectStatus()
                .isOk());
        assertThat(urlOnly.path("url").asString()).isEqualTo(otherUrl);
        assertThat(urlOnly.path("events").toString()).isEqualTo("[\"article.published\"]");
        JsonNode eventsOnly = body(
                send(HttpMethod.PATCH, "/api/v1/webhooks/" + id, adminToken(), "{\"events\": [\"comment.created\"]}")
                        .expectStatus()
                        .isOk());
        assertThat(eventsOnly.path("url").asString()).isEqualTo(otherUrl);
        assertThat(eventsOnly.path("events").toString()).isEqualTo("[\"comment.created\"]");
    }

    /**
     * The crash between a change and its fan-out, as far as one JVM can show it: the publication of an event is
     * stored (as the change's transaction stores it) but no listener ever ran, as when the application is killed
     * right after the commit. Starting the registry again, as a restart does, delivers it.
     */
    @Test
    void deliversAnEventWhoseFanOutWasCutShortByACrash() {
        String editor = signedIn("EDITOR");
        String articleId = publishedArticle(editor);
        JsonNode article = body(get("/api/v1/articles/" + articleId, null));
        Receiver receiver = receiver();
        subscribe(receiver.url(), "article.published");

        var event = new ArticlePublished(
                UUID.fromString(articleId),
                article.path("slug").asString(),
                Instant.parse(article.path("publishedAt").asString()));
        EventPublicationRepository publications = context.getBean(EventPublicationRepository.class);
        new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(tx -> publications.create(TargetEventPublication.of(
                        event, PublicationTargetIdentifier.of(WebhookListener.ID_PREFIX + "article-published"))));
        assertThat(publications.findIncompletePublications()).anyMatch(p -> event.equals(p.getEvent()));
        assertThat(receiver.requests()).isEmpty();

        var multicaster = (SmartInitializingSingleton)
                context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME);
        multicaster.afterSingletonsInstantiated();

        await().atMost(WAIT).until(() -> !receiver.requestsAbout(articleId).isEmpty());
        JsonNode delivered = json(receiver.requestsAbout(articleId).get(0).body());
        assertThat(delivered.path("event").asString()).isEqualTo("article.published");
        assertThat(delivered.path("data").path("id").asString()).isEqualTo(articleId);
        await().atMost(WAIT).untilAsserted(() -> assertThat(publications.findIncompletePublications())
                .noneMatch(p -> event.equals(p.getEvent())));
    }
}
