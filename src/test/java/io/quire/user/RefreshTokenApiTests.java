package io.quire.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Staying signed in: refresh tokens, their rotation and revocation, on H2 and on PostgreSQL by the subclasses. */
abstract class RefreshTokenApiTests extends ApiTest {

    private RestTestClient.ResponseSpec post(String path, String form) {
        return http.post()
                .uri(path)
                .header("X-Forwarded-For", clientIp())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange();
    }

    private RestTestClient.ResponseSpec refresh(String refreshToken) {
        return post("/api/v1/auth/token", "grant_type=refresh_token&refresh_token=" + refreshToken);
    }

    private JsonNode renewed(String refreshToken) {
        return body(refresh(refreshToken).expectStatus().isOk());
    }

    private JsonNode refused(String refreshToken) {
        JsonNode problem = body(refresh(refreshToken)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(problem.path("error").asString()).isEqualTo("invalid_grant");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    private record Account(String id, String username, String password) {}

    private Account account() {
        String username = unique("stay");
        String password = "password-" + UUID.randomUUID();
        String id = body(send(HttpMethod.POST, "/api/v1/users", adminToken(), """
                {"username": "%s", "password": "%s"}""".formatted(username, password))
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
        return new Account(id, username, password);
    }

    private JsonNode signIn(Account account) {
        return body(post(
                        "/api/v1/auth/token",
                        "grant_type=password&username=" + account.username() + "&password=" + account.password())
                .expectStatus()
                .isOk());
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void renewsTheSessionWithANewPairEachTime() {
        Account account = account();
        JsonNode first = signIn(account);
        String refreshToken = first.path("refresh_token").asString();
        assertThat(refreshToken).matches("quire_refresh_[A-Za-z0-9_-]{43}");

        JsonNode second = renewed(refreshToken);
        assertThat(second.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(second.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(second.path("refresh_token").asString()).isNotEqualTo(refreshToken);
        assertThat(body(get("/api/v1/users/me", second.path("access_token").asString())
                                .expectStatus()
                                .isOk())
                        .path("username")
                        .asString())
                .isEqualTo(account.username());

        JsonNode third = renewed(second.path("refresh_token").asString());
        assertThat(third.path("refresh_token").asString())
                .isNotIn(refreshToken, second.path("refresh_token").asString());
    }

    @Test
    void aRotatedTokenUsedAgainEndsTheWholeSignIn() {
        Account account = account();
        String stolen = signIn(account).path("refresh_token").asString();
        String current = renewed(stolen).path("refresh_token").asString();

        JsonNode reuse = refused(stolen);
        // The reuse ended the family: the token the rightful holder got is refused too, with the same answer.
        JsonNode afterwards = refused(current);
        assertThat(afterwards.path("detail").asString())
                .isEqualTo(reuse.path("detail").asString());
        assertThat(afterwards.path("type").asString())
                .isEqualTo(reuse.path("type").asString());

        // Another sign-in of the same user is a family of its own, untouched.
        String other = signIn(account).path("refresh_token").asString();
        renewed(other);
    }

    @Test
    void unknownAndMalformedTokensGetTheSameAnswerAsAUsedOne() {
        Account account = account();
        String used = signIn(account).path("refresh_token").asString();
        renewed(used);
        JsonNode reuse = refused(used);
        for (String token : List.of(
                "quire_refresh_" + "A".repeat(43),
                "nonsense",
                signIn(account).path("access_token").asString())) {
            JsonNode problem = refused(token);
            assertThat(problem.path("type")).isEqualTo(reuse.path("type"));
            assertThat(problem.path("detail")).isEqualTo(reuse.path("detail"));
        }
    }

    @Test
    void revokesASignInAndAnswersOkForAnyToken() {
        Account account = account();
        JsonNode tokens = signIn(account);
        String refreshToken = tokens.path("refresh_token").asString();
        String next = renewed(refreshToken).path("refresh_token").asString();

        post("/api/v1/auth/revoke", "token=" + next + "&token_type_hint=refresh_token")
                .expectStatus()
                .isOk()
                .expectBody()
                .isEmpty();
        refused(next);

        post("/api/v1/auth/revoke", "token=quire_refresh_unknown")
                .expectStatus()
                .isOk();
        post("/api/v1/auth/revoke", "token=" + tokens.path("access_token").asString())
                .expectStatus()
                .isOk();
        JsonNode missing = body(post("/api/v1/auth/revoke", "token_type_hint=refresh_token")
                .expectStatus()
                .isBadRequest());
        assertThat(fields(missing)).containsExactly("token");
    }

    @Test
    void aNewPasswordOrADisabledAccountEndsEverySignIn() {
        Account changed = account();
        String beforeChange = signIn(changed).path("refresh_token").asString();
        send(HttpMethod.PATCH, "/api/v1/users/" + changed.id(), adminToken(), """
                {"password": "another-%s"}""".formatted(UUID.randomUUID()))
                .expectStatus()
                .isOk();
        refused(beforeChange);

        Account disabled = account();
        String beforeDisabling = signIn(disabled).path("refresh_token").asString();
        send(HttpMethod.PATCH, "/api/v1/users/" + disabled.id(), adminToken(), "{\"enabled\": false}")
                .expectStatus()
                .isOk();
        refused(beforeDisabling);
        send(HttpMethod.PATCH, "/api/v1/users/" + disabled.id(), adminToken(), "{\"enabled\": true}")
                .expectStatus()
                .isOk();
        refused(beforeDisabling);
    }

    @Test
    void namesWhatARefreshGrantLacks() {
        JsonNode missing = body(post("/api/v1/auth/token", "grant_type=refresh_token")
                .expectStatus()
                .isBadRequest());
        assertThat(fields(missing)).containsExactly("refresh_token");
        JsonNode unknown = body(post("/api/v1/auth/token", "grant_type=authorization_code&code=x")
                .expectStatus()
                .isBadRequest());
        assertThat(fields(unknown)).containsExactly("grant_type");
    }
}
