package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The committed {@code docs/openapi.yaml} is what the app serves, and the served description
 * keeps the promises of API.md. After an intended API change, regenerate the copy with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true}.
 */
class OpenApiDocumentTest extends ApiTest {

    private static final Path COPY = Path.of("docs", "openapi.yaml");
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static String normalized(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return lf.endsWith("\n") ? lf : lf + "\n";
    }

    private String served(String path) {
        byte[] bytes =
                get(path, null).expectStatus().isOk().returnResult(byte[].class).getResponseBody();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theCommittedCopyIsWhatTheAppServes() throws IOException {
        String served = normalized(served("/v3/api-docs.yaml"));
        assertThat(served).startsWith("openapi: 3.1");
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COPY.toAbsolutePath().getParent());
            Files.writeString(COPY, served, StandardCharsets.UTF_8);
        }
        assertThat(COPY)
                .as(
                        "%s is missing; generate it with "
                                + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true",
                        COPY)
                .exists();
        String committed = normalized(Files.readString(COPY, StandardCharsets.UTF_8));
        assertThat(committed)
                .as(
                        "%s differs from /v3/api-docs.yaml; if the change is intended, regenerate it with "
                                + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true",
                        COPY)
                .isEqualTo(served);
        assertThat(normalized(served("/v3/api-docs.yaml")))
                .as("the served document is stable")
                .isEqualTo(served);
    }

    @Test
    void everyOperationIsDocumentedWithItsSecurityAndErrors() {
        JsonNode doc = json(served("/v3/api-docs"));
        assertThat(doc.path("openapi").asString()).startsWith("3.1.");
        assertThat(doc.path("paths").has("/error")).isFalse();

        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (var path : doc.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                JsonNode operation = entry.getValue();
                String what = entry.getKey().toUpperCase() + " " + path.getKey();
                assertThat(operation.path("summary").asString())
                        .as(what + " summary")
                        .isNotBlank();
                assertThat(operation.path("description").asString())
                        .as(what + " description")
                        .isNotBlank();
                assertThat(operation.path("security").isArray())
                        .as(what + " security")
                        .isTrue();
                assertThat(operation.path("tags")).as(what + " tags").isNotEmpty();
                assertThat(operationIds.add(operation.path("operationId").asString()))
                        .as(what + " has a unique operationId")
                        .isTrue();
                List<String> statuses =
                        new java.util.ArrayList<>(operation.path("responses").propertyNames());
                assertThat(statuses)
                        .as(what + " responses")
                        .anyMatch(s -> s.startsWith("2"))
                        .anyMatch(s -> s.startsWith("4"));
                boolean signInNeeded = !operation.path("security").isEmpty()
                        && operation.path("security").valueStream().noneMatch(JsonNode::isEmpty);
                if (signInNeeded) {
                    assertThat(statuses).as(what + " responses").contains("401");
                    assertThat(operation.path("security").toString()).as(what).contains("\"oauth\"");
                }
                operation.path("responses").properties().stream()
                        .filter(r -> r.getKey().startsWith("4"))
                        .forEach(r -> assertThat(r.getValue().path("content").has("application/problem+json"))
                                .as(what + " " + r.getKey() + " is a problem")
                                .isTrue());
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(30);

        JsonNode users = doc.path("paths").path("/api/v1/users");
        assertThat(users.path("get").path("security")).isNotEmpty();
        assertThat(users.path("post").path("responses").has("201")).isTrue();
        assertThat(users.path("post").path("responses").has("200")).isFalse();
        JsonNode token = doc.path("paths").path("/api/v1/auth/token").path("post");
        assertThat(token.path("security").isArray() && token.path("security").isEmpty())
                .isTrue();
        assertThat(token.path("requestBody").path("content").has("application/x-www-form-urlencoded"))
                .isTrue();

        JsonNode oauth = doc.path("components").path("securitySchemes").path("oauth");
        assertThat(oauth.path("type").asString()).isEqualTo("oauth2");
        assertThat(oauth.path("flows").path("password").path("tokenUrl").asString())
                .isEqualTo("/api/v1/auth/token");
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("token")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }
}
