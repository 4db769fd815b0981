package io.quire.core.web;

import io.quire.core.domain.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 problems Quire answers with, and writes them the same way from every
 * layer: Spring MVC ({@link #entity}), and filters, the security layer and the servlet container,
 * which answer before or after it ({@link #write}). Problem types are URNs of the form
 * {@code urn:quire:problem:<name>}; a plain HTTP failure uses the generic {@code about:blank}.
 * A problem is never cached and never carries an ETag.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:quire:problem:";
    static final String UNEXPECTED = "An unexpected error occurred. It has been logged.";
    static final String BODY_TOO_LARGE = "The request body is larger than this server accepts.";

    private Problems() {}

    /**
     * A problem with all five members RFC 9457 defines, always present: a missing detail repeats the title, a missing
     * instance is the root path.
     */
    public static ProblemDetail of(HttpStatusCode status, String type, String detail, String instance) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        problem.setType(type == null ? URI.create("about:blank") : URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(instance == null || instance.isEmpty() ? "/" : safePath(instance)));
        return problem;
    }

    /**
     * A failure with nothing to say beyond its status: a 5xx says only that it was logged (its
     * cause may quote internals), a 413 what was too large, any other status its reason phrase.
     */
    static ProblemDetail ofStatus(int status, String instance) {
        HttpStatus resolved = HttpStatus.resolve(status);
        if (resolved == null) {
            resolved = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = resolved.is5xxServerError()
                ? UNEXPECTED
                : resolved == HttpStatus.CONTENT_TOO_LARGE ? BODY_TOO_LARGE : resolved.getReasonPhrase();
        return of(resolved, null, detail, instance);
    }

    /** The answer of a Spring MVC handler. */
    static ResponseEntity<Object> entity(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        all.setCacheControl("no-store");
        all.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        all.remove(HttpHeaders.ETAG);
        return new ResponseEntity<>(asMap(problem), all, HttpStatusCode.valueOf(problem.getStatus()));
    }

    /** The whole answer, written where Spring MVC does not answer: in a filter or the security layer. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        prepare(response);
        response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
    }

    static void prepare(HttpServletResponse response) {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static String json(ProblemDetail problem) {
        return JsonMapper.shared().writeValueAsString(asMap(problem));
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", onePerField(errors));
        }
        return problem;
    }

    /** One entry per field, in the order the fields were first named, its distinct messages joined. */
    private static List<FieldProblem> onePerField(List<FieldProblem> errors) {
        Map<String, java.util.Set<String>> messages = new LinkedHashMap<>();
        for (FieldProblem error : errors) {
            messages.computeIfAbsent(error.field(), field -> new java.util.LinkedHashSet<>())
                    .add(error.message());
        }
        return messages.entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), String.join("; ", e.getValue())))
                .toList();
    }

    /** The problem as a plain map, for writers outside Spring MVC (filters, security handlers). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    /** Keeps only characters that are safe in a URI path, so odd request paths never break the answer. */
    static String safePath(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            if (c < 128 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('_');
            }
        }
        return sb.toString();
    }
}
