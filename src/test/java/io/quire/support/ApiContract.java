package io.quire.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

/**
 * The committed API description ({@code docs/openapi.yaml}) held against real answers: each
 * response must have a status its operation documents, the media type documented for that
 * status, and every header the description promises for it (ETag, Location, Link,
 * WWW-Authenticate, Retry-After). A response to a path or method the description does not know
 * fails too. It also records which operations were exercised.
 */
public final class ApiContract {

    private static final Path DESCRIPTION = Path.of("docs", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final List<Route> routes;
    private final Set<String> exercised = new ConcurrentSkipListSet<>();

    private record Route(String template, Pattern pattern, long variables, String method, JsonNode operation) {

        String operationId() {
            return operation.path("operationId").asText();
        }
    }

    private ApiContract(List<Route> routes) {
        this.routes = routes;
    }

    public static ApiContract load() {
        JsonNode description;
        try {
            description = new YAMLMapper().readTree(DESCRIPTION.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            String template = path.getKey();
            Pattern pattern = Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+"));
            long variables = template.chars().filter(c -> c == '{').count();
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    routes.add(new Route(template, pattern, variables, operation.getKey(), operation.getValue()));
                }
            }
        }
        return new ApiContract(routes);
    }

    /** Every operation id in the description. */
    public Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        routes.forEach(route -> ids.add(route.operationId()));
        return ids;
    }

    /** The operations that have answered so far. */
    public Set<String> exercised() {
        return Set.copyOf(exercised);
    }

    /** Fails with an {@link AssertionError} naming the operation when the answer breaks the description. */
    public void check(HttpResponse<?> response) {
        String method = response.request().method().toLowerCase(Locale.ROOT);
        String path = response.request().uri().getRawPath();
        Route route = routes.stream()
                .filter(r ->
                        r.method().equals(method) && r.pattern().matcher(path).matches())
                .min(Comparator.comparingLong(Route::variables))
                .orElseThrow(() -> new AssertionError(
                        "docs/openapi.yaml has no operation for " + method.toUpperCase(Locale.ROOT) + " " + path));
        String what = route.operationId() + " (" + method.toUpperCase(Locale.ROOT) + " " + route.template() + ")";
        exercised.add(route.operationId());

        int status = response.statusCode();
        JsonNode responses = route.operation().path("responses");
        JsonNode documented = responses.path(Integer.toString(status));
        if (documented.isMissingNode()) {
            throw new AssertionError(what + " answered " + status + ", which docs/openapi.yaml does not list "
                    + "for it (it lists " + names(responses) + ")");
        }
        JsonNode content = documented.path("content");
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.isEmpty() && !content.has(mediaType)) {
            throw new AssertionError(what + " answered " + status + " as '" + contentType + "', but docs/openapi.yaml "
                    + "documents " + names(content));
        }
        if (content.isEmpty() && !mediaType.isEmpty() && status != 304) {
            throw new AssertionError(what + " answered " + status + " with a '" + contentType + "' body, which "
                    + "docs/openapi.yaml does not document");
        }
        for (String header : names(documented.path("headers"))) {
            if (response.headers().firstValue(header).isEmpty()) {
                throw new AssertionError(what + " answered " + status + " without the " + header
                        + " header that docs/openapi.yaml promises");
            }
        }
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}
