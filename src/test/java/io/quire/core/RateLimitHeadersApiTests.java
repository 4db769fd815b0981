package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The limits of the limited operations are visible on every answer (IETF httpapi rate-limit headers), and a
 * site's server that forwards its readers' addresses is believed only when it is a trusted proxy. Runs on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class RateLimitHeadersApiTests extends ApiTest {

    /** The address the test configuration lists in {@code cms.http.trusted-proxies}: a site's own server. */
    private static final String TRUSTED_SITE = "203.0.113.10";

    private RestTestClient.ResponseSpec signIn(String forwardedFor, String form) {
        return http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange();
    }

    private RestTestClient.ResponseSpec comment(String articleId, String forwardedFor, String body) {
        return http.post()
                .uri("/api/v1/articles/" + articleId + "/comments")
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private static String comment(String text) {
        return """
                {"authorName": "Reader", "authorEmail": "reader@example.org", "body": "%s"}""".formatted(text);
    }

    private static String header(RestTestClient.ResponseSpec response, String name) {
        return response.returnResult(String.class).getResponseHeaders().getFirst(name);
    }

    @Test
    void signInAnswersCarryThePolicyAndWhatIsLeft() {
        String client = clientIp();
        var ok = signIn(client, "grant_type=password&username=admin&password=" + ADMIN_PASSWORD);
        ok.expectStatus().isOk();
        assertThat(header(ok, "RateLimit-Policy")).isEqualTo("\"sign-in\";q=10;w=300");
        assertThat(header(ok, "RateLimit")).isEqualTo("\"sign-in\";r=10;t=0");

        var wrong = signIn(client, "grant_type=password&username=admin&password=wrong");
        wrong.expectStatus().isBadRequest();
        assertThat(header(wrong, "RateLimit")).matches("\"sign-in\";r=9;t=[1-9]\\d*");

        var invalid = signIn(client, "grant_type=password&username=admin");
        invalid.expectStatus().isBadRequest();
        assertThat(header(invalid, "RateLimit")).matches("\"sign-in\";r=9;t=[1-9]\\d*");

        for (int i = 0; i < 9; i++) {
            signIn(client, "grant_type=password&username=admin&password=wrong")
                    .expectStatus()
                    .isBadRequest();
        }
        var limited = signIn(client, "grant_type=password&username=admin&password=" + ADMIN_PASSWORD);
        limited.expectStatus().isEqualTo(429).expectHeader().valueMatches(HttpHeaders.RETRY_AFTER, "[1-9]\\d*");
        assertThat(header(limited, "RateLimit-Policy")).isEqualTo("\"sign-in\";q=10;w=300");
        assertThat(header(limited, "RateLimit")).matches("\"sign-in\";r=0;t=[1-9]\\d*");
    }

    @Test
    void commentAnswersCarryTheLimitAndBrowsersMayReadIt() {
        String article = given.published(given.editor()).path("id").asString();
        String reader = clientIp();
        var posted = comment(article, reader, comment("First " + unique("c")));
        posted.expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("RateLimit-Policy", "\"comments\";q=5;w=60")
                .expectHeader()
                .valueMatches("RateLimit", "\"comments\";r=4;t=[1-9]\\d*");

        var invalid = comment(article, reader, "{\"authorName\": \"Reader\"}");
        invalid.expectStatus().isBadRequest().expectHeader().valueMatches("RateLimit", "\"comments\";r=4;t=\\d+");
        for (int i = 0; i < 4; i++) {
            comment(article, reader, comment("More " + unique("c")))
                    .expectStatus()
                    .isCreated();
        }
        var limited = comment(article, reader, comment("Too many " + unique("c")));
        limited.expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .valueMatches(HttpHeaders.RETRY_AFTER, "[1-9]\\d*")
                .expectHeader()
                .valueMatches("RateLimit", "\"comments\";r=0;t=[1-9]\\d*")
                .expectHeader()
                .valueEquals("RateLimit-Policy", "\"comments\";q=5;w=60");
    }

    @Test
    void answersGivenBeforeTheOperationRunsCarryTheLimitToo() {
        String client = clientIp();
        var wrongType = http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"grant_type\": \"password\"}")
                .exchange();
        wrongType.expectStatus().isEqualTo(415);
        assertThat(header(wrongType, "RateLimit-Policy")).isEqualTo("\"sign-in\";q=10;w=300");
        assertThat(header(wrongType, "RateLimit")).isEqualTo("\"sign-in\";r=10;t=0");

        var tooLarge = signIn(clientIp(), "grant_type=password&username=admin&password=" + "x".repeat(3 * 1024 * 1024));
        tooLarge.expectStatus().isEqualTo(413);
        assertThat(header(tooLarge, "RateLimit")).isEqualTo("\"sign-in\";r=10;t=0");

        String article = given.published(given.editor()).path("id").asString();
        var badToken = http.post()
                .uri("/api/v1/articles/" + article + "/comments")
                .header("X-Forwarded-For", clientIp())
                .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(comment("Hello"))
                .exchange();
        badToken.expectStatus().isUnauthorized();
        assertThat(header(badToken, "RateLimit")).isEqualTo("\"comments\";r=5;t=0");
        assertThat(header(badToken, "RateLimit-Policy")).isEqualTo("\"comments\";q=5;w=60");
    }

    @Test
    void aTrustedSiteServerSpeaksForEachOfItsReaders() {
        String article = given.published(given.editor()).path("id").asString();
        // Each reader of the trusted site has a limit of their own, counted from the address the site forwards.
        for (int reader = 0; reader < 3; reader++) {
            String forwarded = clientIp() + ", " + TRUSTED_SITE;
            comment(article, forwarded, comment("Reader " + unique("c")))
                    .expectStatus()
                    .isCreated()
                    .expectHeader()
                    .valueMatches("RateLimit", "\"comments\";r=4;t=\\d+");
        }
    }

    @Test
    void anUntrustedSiteServerIsOneClientWhateverItForwards() {
        String article = given.published(given.editor()).path("id").asString();
        String untrusted = clientIp().replaceFirst("^10\\.\\d+\\.", "198.18.");
        for (int reader = 0; reader < 3; reader++) {
            comment(article, "198.51.100." + (reader + 1) + ", " + untrusted, comment("Reader " + unique("c")))
                    .expectStatus()
                    .isCreated()
                    .expectHeader()
                    .valueMatches("RateLimit", "\"comments\";r=" + (4 - reader) + ";t=\\d+");
        }
    }
}
