package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * CORS with one configured origin. It needs an application context of its own, so it runs
 * on H2 only; the shared contexts (no origin configured) are checked by {@link ErrorContractApiTests}.
 */
@TestPropertySource(properties = "cms.http.cors-allowed-origins=https://front.example")
class CorsApiTest extends ApiTest {

    private static final String FRONT = "https://front.example";

    @Test
    void anAllowedOriginMayPreflightAWrite() {
        var preflight = http.options()
                .uri("/api/v1/articles/00000000-0000-0000-0000-000000000000")
                .header(HttpHeaders.ORIGIN, FRONT)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type, If-Match")
                .exchange();
        preflight.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT);
        HttpHeaders headers = preflight.returnResult(String.class).getResponseHeaders();
        assertThat(headers.getAccessControlAllowMethods())
                .extracting(Object::toString)
                .contains("PATCH");
        assertThat(headers.getAccessControlAllowHeaders())
                .map(String::toLowerCase)
                .contains("authorization", "content-type", "if-match");
    }

    @Test
    void anAllowedOriginReadsTheCachingPagingAndLocationHeaders() {
        var response =
                http.get().uri("/api/v1/tags").header(HttpHeaders.ORIGIN, FRONT).exchange();
        response.expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT)
                .expectHeader()
                .exists(HttpHeaders.ETAG)
                .expectHeader()
                .exists(HttpHeaders.LINK);
        List<String> exposed =
                response.returnResult(String.class).getResponseHeaders().getAccessControlExposeHeaders();
        assertThat(exposed)
                .map(String::toLowerCase)
                .contains("etag", "link", "location", "retry-after", "ratelimit", "ratelimit-policy");
    }

    @Test
    void anotherOriginIsRefused() {
        http.options()
                .uri("/api/v1/articles")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
