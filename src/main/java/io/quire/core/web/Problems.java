package io.quire.core.web;

import io.quire.core.domain.FieldProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problems Quire answers with. Problem types are URNs of the form
 * {@code urn:quire:problem:<name>}; a plain HTTP failure uses the generic {@code about:blank}.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:quire:problem:";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String type, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type == null ? URI.create("about:blank") : URI.create(TYPE_PREFIX + type));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        if (instance != null) {
            problem.setInstance(URI.create(instance.isEmpty() ? "/" : safePath(instance)));
        }
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
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
