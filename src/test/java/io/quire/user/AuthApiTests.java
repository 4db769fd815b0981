package io.quire.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Sign-in at the token endpoint and bearer tokens, run on H2 and on PostgreSQL by the subclasses. */
abstract class AuthApiTests extends ApiTest {

    private static final String TOKEN_URL = "/api/v1/auth/token";

    @Value("${cms.security.jwt-secret}")
    private String jwtSecret;

    private RestTestClient.ResponseSpec signIn(String ip, String form) {
        return http.post()
                .uri(TOKEN_URL)
                .header("X-Forwarded-For", ip)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange();
    }

    private RestTestClient.ResponseSpec signIn(String ip, String username, String password) {
        return signIn(ip, "grant_type=password&username=" + username + "&password=" + password);
    }

    /** Creates a user with a known password and returns their username. */
    private String user(String password) {
        String username = unique("signin");
        send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                {"username": "%s", "password": "%s"}""".formatted(username, password))
                .expectStatus()
                .isCreated();
        return username;
    }

    private static void assertProblem(JsonNode problem, int status) {
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isNotBlank();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    private String sign(SecretKey key, JwtClaimsSet claims) {
        return NimbusJwtEncoder.withSecretKey(key)
                .algorithm(MacAlgorithm.HS256)
                .build()
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static JwtClaimsSet claims(String uid, Instant issuedAt, Instant expiresAt) {
        return JwtClaimsSet.builder()
                .issuer("quire")
                .subject("admin")
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("uid", uid)
                .claim("roles", List.of("ADMIN"))
                .build();
    }

    @Test
    void issuesABearerTokenForValidCredentials() {
        String password = "password-" + UUID.randomUUID();
        String username = user(password);

        var response = signIn(clientIp(), username, password);
        response.expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
        JsonNode token = body(response);
        assertThat(token.path("access_token").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").isIntegralNumber()).isTrue();
        assertThat(token.path("expires_in").asLong()).isEqualTo(3600);

        JsonNode me = body(get("/api/v1/users/me", token.path("access_token").asString())
                .expectStatus()
                .isOk());
        assertThat(me.path("username").asString()).isEqualTo(username);
    }

    @Test
    void answersAWrongPasswordAndAnUnknownUserAlikeAsAnOAuthError() {
        String username = user("password-" + UUID.randomUUID());

        var wrongPassword = signIn(clientIp(), username, "not-the-password");
        wrongPassword.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        var unknownUser = signIn(clientIp(), unique("nobody"), "not-the-password");
        unknownUser.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        JsonNode first = body(wrongPassword);
        JsonNode second = body(unknownUser);
        assertProblem(first, 400);
        // RFC 6749 section 5.2, which Swagger UI's Authorize dialog shows as written.
        assertThat(first.path("error").asString()).isEqualTo("invalid_grant");
        assertThat(first.path("error_description").asString()).isEqualTo("Wrong username or password.");
        assertThat(first.path("detail").asString()).isEqualTo("Wrong username or password.");
        assertThat(first.path("type").asString()).isEqualTo("urn:quire:problem:invalid-grant");
        for (String member : List.of("type", "title", "status", "detail", "error", "error_description")) {
            assertThat(second.path(member)).as(member).isEqualTo(first.path(member));
        }
        assertThat(first.toString()).doesNotContain(username);
    }

    @Test
    void acceptsOnlyThePasswordGrant() {
        var other = signIn(clientIp(), "grant_type=client_credentials&username=admin&password=" + ADMIN_PASSWORD);
        other.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(other);
        assertProblem(problem, 400);
        assertThat(fields(problem)).containsExactly("grant_type");

        var missing = signIn(clientIp(), "username=admin&password=" + ADMIN_PASSWORD);
        missing.expectStatus().isBadRequest();
        assertThat(fields(body(missing))).containsExactly("grant_type");
    }

    @Test
    void requiresThePassword() {
        var response = signIn(clientIp(), "grant_type=password&username=admin");
        response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response);
        assertProblem(problem, 400);
        assertThat(fields(problem)).containsExactly("password");
    }

    @Test
    void refusesAJsonBody() {
        var response = http.post()
                .uri(TOKEN_URL)
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"grant_type": "password", "username": "admin", "password": "%s"}""".formatted(ADMIN_PASSWORD))
                .exchange();
        response.expectStatus().isEqualTo(415).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertProblem(body(response), 415);
    }

    @Test
    void throttlesRepeatedFailuresFromOneClient() {
        String password = "password-" + UUID.randomUUID();
        String username = user(password);
        String attacker = clientIp();

        for (int i = 0; i < 10; i++) {
            signIn(attacker, username, "wrong-" + i).expectStatus().isBadRequest();
        }
        var throttled = signIn(attacker, username, "wrong-again");
        throttled
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueMatches(HttpHeaders.RETRY_AFTER, "[1-9]\\d*");
        assertProblem(body(throttled), 429);
        long retryAfter = Long.parseLong(
                throttled.returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 300L);

        // Even the right password waits, from that client; everyone else signs in as usual.
        signIn(attacker, username, password).expectStatus().isEqualTo(429);
        signIn(clientIp(), username, password).expectStatus().isOk();
    }

    @Test
    void refusesMissingAndBadTokens() {
        var anonymous = get("/api/v1/users/me", null);
        anonymous
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*");
        assertProblem(body(anonymous), 401);

        anonymous.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        var garbage = get("/api/v1/users/me", "not-a-token");
        garbage.expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN);
        assertProblem(body(garbage), 401);

        String adminId = body(get("/api/v1/users/me", adminToken())
                        .expectStatus()
                        .isOk())
                .path("id")
                .asString();
        Instant now = Instant.now();
        SecretKey realKey = new SecretKeySpec(Base64.getDecoder().decode(jwtSecret), "HmacSHA256");
        SecretKey otherKey = new SecretKeySpec(
                "another-signing-key-of-32-bytes-or-more!".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256");

        // The same claims signed with the server's key pass: only the key makes the difference below.
        get("/api/v1/users/me", sign(realKey, claims(adminId, now, now.plusSeconds(600))))
                .expectStatus()
                .isOk();
        var forged = get("/api/v1/users/me", sign(otherKey, claims(adminId, now, now.plusSeconds(600))));
        forged.expectStatus().isUnauthorized().expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN);
        assertProblem(body(forged), 401);

        // Expired: the header says invalid_token, never the library's "Jwt expired at …".
        get("/api/v1/users/me", sign(realKey, claims(adminId, now.minusSeconds(7200), now.minusSeconds(3600))))
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN);
        get("/api/v1/users/me", sign(realKey, claims(UUID.randomUUID().toString(), now, now.plusSeconds(600))))
                .expectStatus()
                .isUnauthorized();
        String[] parts = adminToken().split("\\.");
        String unsigned = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        get("/api/v1/users/me", unsigned).expectStatus().isUnauthorized();
    }

    @Test
    void refusesACorrectlySignedTokenWithoutExpiry() {
        String adminId = body(get("/api/v1/users/me", adminToken())
                        .expectStatus()
                        .isOk())
                .path("id")
                .asString();
        SecretKey realKey = new SecretKeySpec(Base64.getDecoder().decode(jwtSecret), "HmacSHA256");
        JwtClaimsSet forever = JwtClaimsSet.builder()
                .issuer("quire")
                .subject("admin")
                .issuedAt(Instant.now())
                .id(UUID.randomUUID().toString())
                .claim("uid", adminId)
                .claim("roles", List.of("ADMIN"))
                .build();

        var response = get("/api/v1/users/me", sign(realKey, forever));
        response.expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertProblem(body(response), 401);
    }

    @Test
    void answersForbiddenWithAGenericChallenge() {
        get("/api/v1/users", signedIn("AUTHOR"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
    }

    @Test
    void showsTheCallerWithRolesButNeverThePassword() {
        String password = "password-" + UUID.randomUUID();
        String username = unique("editor");
        send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                {"username": "%s", "password": "%s", "roles": ["EDITOR"]}""".formatted(username, password))
                .expectStatus()
                .isCreated();
        String token = body(signIn(clientIp(), username, password)
                        .expectStatus()
                        .isOk())
                .path("access_token")
                .asString();

        var response = get("/api/v1/users/me", token);
        response.expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader()
                .exists(HttpHeaders.ETAG)
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String raw = response.returnResult(String.class).getResponseBody();
        JsonNode me = json(raw);
        assertThat(me.path("username").asString()).isEqualTo(username);
        assertThat(me.path("displayName").asString()).isEqualTo(username);
        assertThat(me.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(me.path("enabled").asBoolean()).isTrue();
        assertThat(me.path("id").asString()).isNotBlank();
        assertThat(me.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(me.propertyNames())
                .containsExactlyInAnyOrder(
                        "id", "username", "displayName", "roles", "enabled", "bio", "avatar", "createdAt", "version");
        assertThat(raw)
                .doesNotContainIgnoringCase("password")
                .doesNotContainIgnoringCase("hash")
                .doesNotContain(password)
                .doesNotContain("$2a$")
                .doesNotContain("{bcrypt}");
    }
}
