package io.quire.core.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure a client can act on. Subclasses are named for what happened
 * ({@code ArticleNotFound}, {@code SlugTaken}) and are turned into RFC 9457 problems
 * by {@link ProblemHandler}.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final List<FieldProblem> errors;

    protected ProblemException(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    protected ProblemException(HttpStatus status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    /** The last segment of the problem type URI, e.g. {@code not-found}. */
    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
