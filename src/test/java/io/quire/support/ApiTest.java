package io.quire.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP tests: a real server on a random port, called over real HTTP. The H2 and
 * PostgreSQL variants of a test class share one application context each.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:quire-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
            "cms.admin.password=" + ApiTest.ADMIN_PASSWORD,
            "cms.security.jwt-secret=dGVzdC1vbmx5LXNpZ25pbmcta2V5LW9mLTMyLWJ5dGVzLWF0LWxlYXN0IQ==",
            // Tomcat believes X-Forwarded-* from the proxies on this machine (the tests); the limits believe a
            // site's server forwarding its readers' addresses only from the trusted address.
            "server.forward-headers-strategy=native",
            "cms.http.trusted-proxies=203.0.113.10",
            "cms.publishing.check-interval=500ms",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "spring.jpa.properties.hibernate.session_factory.statement_inspector=io.quire.support.SqlRecorder",
            "cms.webhooks.allowed-target-ranges=127.0.0.0/8",
            "cms.webhooks.dispatch-interval=100ms",
            "cms.webhooks.initial-backoff=200ms",
            "cms.webhooks.max-backoff=1s",
            "cms.webhooks.max-attempts=6",
            "cms.webhooks.connect-timeout=1s",
            "cms.webhooks.read-timeout=1s",
            "cms.media.dir=target/test-media",
            "logging.level.io.quire=warn"
        })
@Import({EmbeddedPostgresConfig.class, TestClock.Config.class})
public abstract class ApiTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    /** The application's clock: move it forward instead of waiting for time to pass. */
    @Autowired
    protected TestClock clock;

    protected RestTestClient http;

    /** A draft, a published article, a signed-in editor: what tests start from. */
    protected Given given;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port)
                .build();
        given = new Given(this);
    }

    /** A name no other test uses, for slugs, tags and usernames. */
    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A client address of its own, so per-client limits of one test never touch another. */
    protected static String clientIp() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    protected String adminToken() {
        return TOKENS.computeIfAbsent(port + ":admin", k -> token("admin", ADMIN_PASSWORD));
    }

    protected String token(String username, String password) {
        String body = http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=password&username=" + username + "&password=" + password)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        return json(body).path("access_token").asString();
    }

    /** Creates a user with the role and returns their token. */
    protected String signedIn(String role) {
        return signedInUser(role).token();
    }

    protected SignedIn signedInUser(String role) {
        String username = unique(role.toLowerCase());
        String password = "password-" + UUID.randomUUID();
        String body = send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                {"username": "%s", "password": "%s", "displayName": "%s", "roles": ["%s"]}""".formatted(
                                username, password, "User " + username, role))
                .expectStatus()
                .isCreated()
                .returnResult(String.class)
                .getResponseBody();
        return new SignedIn(json(body).path("id").asString(), username, token(username, password));
    }

    public record SignedIn(String id, String username, String token) {}

    protected RestTestClient.ResponseSpec get(String path, String token) {
        var request = http.get().uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.exchange();
    }

    protected RestTestClient.ResponseSpec send(HttpMethod method, String path, String token, String body) {
        var request = http.method(method).uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange();
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected static JsonNode body(RestTestClient.ResponseSpec response) {
        return json(response.returnResult(String.class).getResponseBody());
    }
}
